from reportcli.entry import run

run()
