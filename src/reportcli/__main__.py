from reportcli.cli import main

main()
