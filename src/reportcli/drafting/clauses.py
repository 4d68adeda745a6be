"""Clauses: what a clause says of a subject it does not name. A growth whose clause names no subject
(…4985元，实际增长9.8%和8.5% / …1900亿元，比2010年增长67.9%，年均增长10.9%) belongs to the figures
before it; a level after a growth (…增长70%、达到20000元) joins it; one growth said of several
subjects (…和…均增长8%) is one record each; a share (占地区生产总值比重) carries the subject of the
clause before. The facts stage finds the figures; this stage puts them with their subjects."""

from __future__ import annotations

import re
from itertools import takewhile
from typing import TYPE_CHECKING

from .names import HEDGES, LIST_SEPARATORS, distribute, head_shared, is_name, strip_leading

if TYPE_CHECKING:
    from ..draft import Vocab


# words that say how a growth was counted, not of what: 扣除价格因素实际增长…
PRICE_FACTORS = r"(?:扣除|剔除)(?:价格|物价)因素(?:后)?"
# the verbs of a ranking: 居全省第6位, 位列…首位
RANK_VERBS = "稳居|位居|跃居|位列|均列|列|居|排名|排"
# a growth counted another way: 剔除…一次性收入后, 考虑政策性减收因素(同比增长…), 同口径（扣除…因素）
BASIS_WORDS = (r"(?:(?:扣除|剔除)[^，,、；;]{1,16}?(?:因素)?(?:影响)?后|(?:扣除|剔除)[^，,、；;]{1,16}?因素(?:影响)?|"
               r"考虑[^，,、；;]{1,16}?因素(?:后)?(?:同比)?|"
               r"按?(?:同口径|可比口径)(?:计算)?(?:[（(][^()（）]{1,20}[）)])?)")
EARLIER_FIVE_YEARS = r"上一?个五年|前五年"  # the base of a five-year total's growth (比上个五年增长…)
# what can stand before a growth without naming a subject: the period, the base, 分别, 均, 实际
NO_SUBJECT = re.compile(r"^(?:“[^”]{0,4}五”(?:期间|时期|以来|末)?|“[^”]{1,8}”(?:期间|时期|以来)|"
                         rf"(?:比|较)(?:\d{{4}}年(?:底|末)?|上年|{EARLIER_FIVE_YEARS}|“[^”]{{1,8}}”末?)|"
                         r"[（(]下同[)）]|\d{4}年以来|分别|均|年均|实际|同比|可比|累计|五年来|五年|期间|以来|的|，|,|其中|去年|全年|"
                         # 扣除价格因素实际增长…, 两年平均增长…, …、居全省第6位，增长…
                         rf"{PRICE_FACTORS}|{BASIS_WORDS}|[两三]年(?:平均)?|"
                         rf"、?(?:连续[一二三四五六七八九十\d]{{1,2}}年)?(?:{RANK_VERBS})[^，,。；;]{{0,8}}?"
                         r"(?:第[一二三四五六七八九十\d]{1,3}(?:位|名)?|前列|首位|"
                         rf"前[一二三四五六七八九十\d]{{1,3}}(?:强|位|名)?)|"
                         # 按可比价格计算，增长…; 按同口径计算…
                         r"按[^，,。；;\d]{1,8}计算|同口径|可比口径|按可比口径|自然口径|按(?=$)|"  # (按(可比口径增长…))
                         # 增加近万亿元(，年均增长15.1%): an increase in words, of the level before
                         r"(?:增加|净增)了?(?:近|约|超过?)?[一二两三四五六七八九十]?[十百千万亿]+(?:元|美元)|"
                         r"(?:接近|近|超过)?翻了?(?:接近|近|超过)?(?:一|两|三)?番(?:以上|有余|多)?)*$")  # …3000亿元，
# 接近翻一番，年均增长…; 比2010年翻了近一番，年均增长…
# the words of a total that name no subject of their own (…突破1万亿元，总额达到11020亿元)
TOTALS = ("总量", "总额", "总值", "规模", "总规模")
# the words that round a level before the exact one is given (突破1万亿元，达到11583.8亿元)
ROUNDED = ("突破", "超过", "超", "逾", "跨越", "跨上", "迈上", "迈过", "跃上")
COMPARED = ("高于", "低于")  # the qualifiers of a figure compared with (高于4%的调控目标), no level of its own
# the words before a figure that make it a threshold crossed on the way to a level (首次突破500亿元，达到502亿元)
THRESHOLD_WORDS = (*ROUNDED, "首破", "跨过", "越过", "站上", "登上", "接近", "逼近")
# an increase over a base said after a level (…余额794亿元，比年初增加141亿元): of that level
RATE_UNITS = ("%", "‰", "个百分点")  # the units of a rate or of a change of one
_INCREMENT = re.compile(r"^(?:比|较)(?:年初|上年末?|去年|上年同期)(?:增加|新增|多增|减少)$")
_HEDGED_AGAIN = re.compile(r"(力争|争取|确保|努力)(?:达到|实现|增长)?(?=\d)")  # …增长6%左右，力争达到6%以上
_SCALES = {"万亿": 1e12, "亿": 1e8, "万": 1e4}


def period_of(words: str) -> str | None:
    """The period a figure's own words give it: 年均, 累计, 比2010年 (growth over a base year), or None;
    the last clause's own 年均 first (…，比2010年翻了近一番，年均增长12.3%: a yearly rate)."""
    if re.search("年均|[五十]年平均|平均每年", re.split(r"[，,；;]", words)[-1]):
        return "年均"  # (五年平均分别增长11.8%和9.8%: a yearly rate over the five years)
    base = re.search(rf"(?:比|较)(\d{{4}}年|{EARLIER_FIVE_YEARS}|[五十]年前|“[^”]{{1,8}}”(?:期)?(?:末|时期|期间)?)",
                     words)
    if base:  # 比2010年, 比“十二五”末, 比上一个五年: over a base, not a year's growth
        return f"比{base.group(1)}"
    several = re.search("(?<!前)[两三]年平均", words)  # 两年平均增长4.9%: the average of two years' growth
    if several:
        return several.group()
    found = next((p for p in ("年均", "累计") if p in words), None)
    if found is None and _OVER_FIVE_YEARS.search(words):
        return "五年"  # …年均下降6.9%，五年降低30%: the change over the five years
    return found


_BASIS = re.compile(rf"(?P<basis>{BASIS_WORDS})")
# a growth on another basis in a note after the figure's own (…增长3%（可比增长6.7%左右）)
_BASIS_IN_A_NOTE = re.compile(rf"\s*[（(](?:[^（）()，,。]*[，,])?(?P<basis>{BASIS_WORDS}|可比|同比口径)")
# a total's growth over the total of the five years before (比上个五年, 比“十二五”时期)
_PREVIOUS_FIVE_YEARS = re.compile(rf"^比(?:{EARLIER_FIVE_YEARS}|“十[一二三四五六]?五”(?:时期|期间))$")
_OVER_FIVE_YEARS = re.compile(r"(?<![\d十前近第])[五5]年(?:来|间|内)?(?:累计|共)?"
                              r"(?:下降|降低|减少|增长|提高|上升|增加)(?=[\d\s]|$)")


def attach_growths(text: str, s_start: int, figs: list[dict], vocab: Vocab) -> list[dict]:
    """A growth whose clause names no subject (…4985元，分别比2002年增长87.3%和68.7% / …1900亿元，
    年均增长10.9%) belongs to the figures before it in the sentence: one growth each, in order (均: the
    same for all); a further growth of a figure that already has one (比2010年增长…，年均增长…) is a fact
    of its own, the same subject with its period. A subjectless growth with nothing before is dropped."""
    def start(fig: dict) -> int:
        quote = fig["quote"]
        at = text.find(quote, s_start)
        while at > 0 and quote[:1].isdigit() and (text[at - 1].isdigit() or text[at - 1] == "."):
            at = text.find(quote, at + 1)  # "2%" is not the end of "12%"
        return max(s_start, at)

    out: list[dict] = []
    for fig in _one_list(sorted(figs, key=start)):
        each = fig.pop("each", False)  # said of each subject listed (…各增长10%)
        prev = out[-1] if out else None
        if prev and _INCREMENT.match(fig["name"]) and 0 <= start(fig) - start(prev) - len(prev["quote"]) <= 3 \
                and prev.get("value") is not None and prev.get("growth") is None and _named(prev, vocab):
            if fig.get("growth") is not None:  # …余额794亿元，比年初增加141亿元，增长21.5%: the balance grew
                prev.update(growth=fig["growth"], quote=text[start(prev):start(fig) + len(fig["quote"])])
            continue  # (the increment itself is no record: it has no name of its own)
        bare = NO_SUBJECT.match(fig["name"]) or fig["name"] in HEDGES
        points = fig.pop("points", None)
        if (bare or fig["name"] in TOTALS) and fig.get("value") is not None:
            prev = out[-1] if out else None  # …年均增长21.4%，预计达到1175亿元: the level of the growth before
            gap = start(fig) - start(prev) - len(prev["quote"]) if prev else -1
            adjacent = 0 <= gap <= 3  # …增长70%、达到20000元 (not a "60%" found inside the quote before)
            opened = None if adjacent else _opened_head(fig["name"], text[s_start:start(fig)], vocab, fig.get("unit"))
            if opened:  # 外贸进出口总体稳定，总额达到5456.1亿美元
                finish = start(fig) + len(fig["quote"])
                out.append({**fig, "name": opened[0], "quote": text[s_start + opened[1]:finish]})
                continue
            if prev and gap > 3:  # …增长6.1%，经济总量迈上5000亿元台阶，达5120.94亿元: a threshold between
                adjacent = bool(_STEP_CLAUSE.match(text, start(prev) + len(prev["quote"]), start(fig)))
            hedged = _HEDGED_AGAIN.match(fig["quote"])
            if hedged and fig.get("unit") == "%" and adjacent and prev.get("value") is None \
                    and prev.get("growth") is not None and not prev.get("ratio"):
                out.append({"name": prev["name"], "value": None, "unit": None, "growth": fig["value"],
                            "qualifier": fig.get("qualifier"), "hedge": hedged.group(1),
                            "quote": text[start(prev):start(fig) + len(fig["quote"])]})
                continue  # …增长6%左右，力争达到6%以上 / 增长8%、力争9%: a second, hedged target of that growth
            if points:  # 城镇化率达到46.5%，比2010年提高6.1个百分点: a rise of that rate (a fall is left out)
                if adjacent and points > 0 and prev.get("unit") == "%" and _named(prev, vocab):
                    out.append({**fig, "name": prev["name"], "quote": text[start(prev):start(fig) + len(fig["quote"])]})
                continue
            # …年均增长12.9％，突破千亿大关，达到1098亿元: the growth is the exact level's, the threshold stays one
            if adjacent and prev.get("growth") is not None and not fig.get("growth") and _named(prev, vocab) \
                    and exact_after_rounded({**prev, "growth": None}, fig):
                finish = start(fig) + len(fig["quote"])
                out.append({**fig, "name": prev["name"], "growth": prev["growth"], "quote": text[start(prev):finish],
                            **({"period": prev["period"]} if prev.get("period") else {})})
                prev["growth"] = None
                prev.pop("period", None)
                continue
            # 突破1万亿元，达到11583.8亿元 / …，五年累计达6943亿元 / 城镇化率提高1个百分点、达56.2%
            if adjacent and _carries_subject(prev, fig, vocab):
                out.append({**fig, "name": prev["name"], "quote": text[start(prev):start(fig) + len(fig["quote"])]})
                continue
            if adjacent and fig.get("qualifier") in ROUNDED and fig.get("growth") is not None and \
                    prev.get("value") is not None and prev.get("growth") is None and _named(prev, vocab):
                prev.update(growth=fig["growth"], quote=text[start(prev):start(fig) + len(fig["quote"])])
                continue  # 生产总值62164亿元、突破1万亿美元，比上年增长8.5%: the level restated, then its growth
            if not bare or fig.get("period") == "累计" or fig.get("qualifier") in COMPARED:
                continue  # a total is not the level of a yearly growth; 高于4%的调控目标 compares
            if adjacent and prev.get("value") is None and prev.get("growth") is not None and not prev.get("ratio"):
                finish = start(fig) + len(fig["quote"])
                prev.update(value=fig["value"], unit=fig["unit"], quote=text[start(prev):finish])
                if fig.get("value_text"):  # (…增长9.4%，突破两万亿元: the level as written)
                    prev["value_text"] = fig["value_text"]
                prev["qualifier"] = prev.get("qualifier") or fig.get("qualifier")
                if fig.get("growth") is not None:  # …、达到20000元，年均增长11%: a further growth, its own fact
                    out.append({"name": prev["name"], "value": None, "unit": None, "growth": fig["growth"],
                                "qualifier": None, "quote": prev["quote"]})
                    if fig.get("period"):
                        out[-1]["period"] = fig["period"]
            continue
        if not (fig.get("value") is None and fig.get("growth") is not None and NO_SUBJECT.match(fig["name"])):
            carried = _carried_head(fig["name"], out[-1]["name"] if out else "", vocab) \
                or _projects_amount(fig["name"], out[-1]["name"] if out else "", vocab) \
                or _per_head(fig["name"], out[-1]["name"] if out else "", vocab)
            opened = None if carried else _opened_head(fig["name"], text[s_start:start(fig)], vocab, fig.get("unit"))
            if carried:  # 规模以上工业总产值增长11.6%、增加值增长11.2% / 粮食播种面积…、总产量1280万吨 / 项目…，投资…
                fig.update(name=carried, quote=text[start(out[-1]):start(fig) + len(fig["quote"])])
            elif opened:  # 粮食连续四年增产，2007年产量达到50150万吨
                fig.update(name=opened[0], quote=text[s_start + opened[1]:start(fig) + len(fig["quote"])])
            elif fig["name"] in HEDGES and out and _hedged_again(out[-1], fig, vocab):  # …增长8.5%以上、力争增长9%
                fig.update(name=out[-1]["name"], hedge=fig["name"],
                           quote=text[start(out[-1]):start(fig) + len(fig["quote"])])
            elif fig["name"] in HEDGES and out and _hedged_growth_of(out[-1], fig, start):
                prev = out[-1]  # 地区生产总值超过1600亿元，预计增长9%: the level's growth, hedged
                finish = max(start(fig) + len(fig["quote"]), start(prev) + len(prev["quote"]))
                prev.update(growth=fig["growth"], hedge=prev.get("hedge") or fig["name"],
                            quote=text[start(prev):finish])
                yearly = period_of(fig["quote"])  # (…台阶，预计年均增长10.5%，达到6790亿元: over the years)
                if yearly and not prev.get("period"):  # (a record holds no period rather than a null one)
                    prev["period"] = yearly
                continue
            out += _own_subjects(fig, out, vocab, each)
            continue
        growths = [fig["growth"], *fig.pop("more", [])]
        period = period_of(fig["quote"])
        words = re.split(r"\d", fig["quote"], maxsplit=1)[0]
        basis = _BASIS.search(words)  # (按可比口径增长…: in the growth's words)
        end = start(fig) + len(fig["quote"])
        after = start(out[-1]) + len(out[-1]["quote"]) if out else s_start
        if not basis and out and start(fig) - after <= 30:  # (…增长3%（可比增长6.7%左右）; …（扣除…影响，增长5.6%）)
            basis = _BASIS_IN_A_NOTE.match(text[after:start(fig)] + words)
        opened = _opening_just_before(text, after, start(fig), vocab) \
            if len(growths) == 1 and "分别" not in fig["quote"] else None
        if opened:  # …推出39个项目…，固定资产投资增速一改连续下滑态势，全年增长17.8%: the investment's growth
            out.append({**fig, "name": opened[0], "quote": text[opened[1]:end]})
            out[-1].update({"period": period} if period else {})
            continue
        levels = []
        of_totals = bool(period and _PREVIOUS_FIVE_YEARS.search(period))  # 五年累计…、比上个五年增长…
        for prev in reversed(out):
            if prev.get("increment"):
                continue  # (…余额4745.7亿元，比年初增加983.2亿元，增长26.1%: the growth is the balance's)
            if prev.get("value") is None or prev.get("growth") is not None or prev.get("ratio") or prev.get("steps") \
                    or (prev.get("period") == "累计" and not of_totals):  # a total's growth: over the total before
                break
            levels.insert(0, prev)
        if "分别" in fig["quote"] and len(growths) > len(levels):  # 地区生产总值迈入…，人均…达到…元，年均分别增长…、…
            first = start(levels[0]) if levels else start(fig)
            unmeasured = _unmeasured_subjects(text[s_start:first], len(growths) - len(levels), vocab) or []
            for (name, at), growth in zip(unmeasured, growths, strict=False):
                out.append({"name": name, "value": None, "unit": None, "growth": growth, "qualifier": None,
                            "quote": text[s_start + at:end], **({"period": period} if period else {})})
            growths = growths[len(unmeasured):] if unmeasured else growths
        if levels and "均" in fig["name"].replace("年均", "") and len(growths) == 1:
            part = len(levels) > 1 and levels[-1]["quote"].lstrip().startswith("其中")  # (…，其中出口…，均…: both)
            listed = [levels[-1]]  # (城镇居民人均可支配收入12463元、农民人均纯收入3100元以上，均…: one list too)
            for prev in reversed(levels[:-1]):
                if text[start(prev) + len(prev["quote"]):start(listed[0])] != "、":
                    break
                listed.insert(0, prev)
            one = [r for r in levels if r["quote"] == levels[-1]["quote"]]  # 均: one list
            levels = levels[-2:] if part else listed if len(listed) > len(one) else one
            growths = growths * len(levels)
        if levels and len(levels) >= len(growths):
            for prev, growth in zip(levels[-len(growths):], growths, strict=True):
                prev.update(growth=growth, quote=text[start(prev):end])
                prev["qualifier"] = prev.get("qualifier") or fig.get("qualifier")
                if period and prev.get("period") != "累计":  # (a total keeps 累计: over the total before)
                    prev["period"] = period
        elif period and len(growths) > 1 and _one_list_grown(out[-len(growths):], len(growths), text, s_start):
            for prev, growth in zip(out[-len(growths):], growths, strict=True):  # …分别比上年增长24.4%和28.2%，
                out.append({"name": prev["name"], "value": None, "unit": None, "growth": growth,  # 年均增长21.6%和24%
                            "qualifier": fig.get("qualifier"), "period": period, "quote": text[start(prev):end]})
        elif out and len(growths) == 1 and (period or basis or out[-1].get("steps")) and (
                out[-1].get("growth") is not None or out[-1].get("period") == "累计" or out[-1].get("steps")):
            prev = out[-1]  # …，年均增长…: the same subject's growth over a period; …，剔除…后增长…: on another basis
            out.append({"name": prev["name"], "value": None, "unit": None, "growth": growths[0],
                        "qualifier": fig.get("qualifier"), "quote": text[start(prev):end],
                        **({"period": period} if period else {"note": f"basis: {basis.group('basis')}"} if basis
                           else {})})
        elif not out and len(growths) == 1 and vocab.names is not None:
            opening = vocab.names.opening(text[s_start:start(fig)])  # 国内生产总值连续跨越…台阶，年均增长5.4%
            if opening and _unnamed_between(text[s_start:start(fig)], vocab):
                begin = s_start + len(text[s_start:start(fig)]) - len(text[s_start:start(fig)].lstrip())
                out.append({**fig, "name": opening, "quote": text[begin:end]})
                if period:
                    out[-1]["period"] = period
    for fig in out:
        fig.pop("steps", None)
        fig.pop("increment", None)
    return out


def _one_list_grown(figs: list[dict], count: int, text: str, s_start: int) -> bool:
    """Whether `figs` are the `count` items of one 分别 list that each have a growth already: a second list of
    growths after it (…，年均增长21.6%和24%) is each one's growth over the period."""
    ends = {text.find(f["quote"], s_start) + len(f["quote"]) for f in figs}
    return len(figs) == count and len(ends) == 1 and all(f.get("growth") is not None for f in figs)


def _carries_subject(prev: dict, fig: dict, vocab: Vocab) -> bool:
    """A level that names no subject of its own is the subject's before it in the sentence when it is
    the exact figure after a rounded one (…突破1万亿元，达到11583.8亿元: the same quantity, between
    one and two times the round number), a total over the years after a figure of that subject, or the rate a
    rise in points before it reached (城镇化率提高1个百分点、达56.2%)."""
    if not _named(prev, vocab):
        return False  # (首次突破500亿元，达到502亿元: what it counts is not said)
    if prev.get("unit") == "个百分点":
        return fig.get("unit") == "%" and not fig.get("growth")
    if fig.get("period") == "累计":
        return prev.get("period") != "累计" and fig["name"] not in TOTALS
    return exact_after_rounded(prev, fig)


_FLOORS = ("过", "以上")  # a floor passed or held (过100亿美元, 1万亿元以上), before the exact level said next


def exact_after_rounded(prev: dict, fig: dict) -> bool:
    """Whether `fig` is the exact figure of the rounded one `prev` (突破1万亿元 … 11583.8亿元): the same
    quantity, between one and two times the round number."""
    if prev.get("value") is None or prev.get("growth") is not None \
            or prev.get("qualifier") not in (*ROUNDED, *_FLOORS):
        return False
    if prev["qualifier"] in _FLOORS and not re.match(r"(?:达到|达|为)\d", fig["quote"].lstrip()):
        return False  # (1万亿元以上，达到11330.68亿元; not 300公里以上，力争500公里: a goal beyond the floor)
    rounded, exact = _amount(prev["value"], prev["unit"]), _amount(fig["value"], fig["unit"])
    return bool(rounded and exact and rounded[1] == exact[1] and rounded[0] <= exact[0] < 2 * rounded[0])


# what follows figures that are thresholds crossed, not levels (跨越110万亿元、120万亿元台阶; …和3000亿元两个台阶)
STEPS = re.compile(r"(?:[、和]\d+(?:\.\d+)?[^\d，,。；;、]{1,4})*(?:[两三四五六七八九十]个)?大?台阶")
_STEP_CLAUSE = re.compile(r"[，,][^，,。；;\d]{0,8}(?:迈上|跨上|跃上|迈过|跨越|突破|站上|登上)"
                          r"[^，,。；;]{1,16}台阶[，,]$")
_BARE_LEAD = re.compile(r"^(?:\d{4}年(?:底|末)?|预计|突破|达到|达|超过|完成|实现|为|累计|共|首次|再次|比上年|同比)*$")


_OF_A_TIME = re.compile(r"\d{4}年|“[^”]{1,8}”|期间|时期|以来")  # a clause's own time, before its subject


def _opening_just_before(text: str, after: int, at: int, vocab: Vocab) -> tuple[str, int] | None:
    """The headline indicator (as written) the clause right before `at` opens with, and where that clause
    starts, when it is not the clause of the figure before (which ends at `after`) and gives no figure."""
    if vocab.names is None or after >= at or not re.search(r"[，,；;]\s*$", text[after:at]):
        return None
    clauses = [m for m in re.finditer(r"[^，,；;]+", text[after:at]) if m.group().strip()]
    if len(clauses) < 2 and not re.match(r"[，,；;]", text[after:at]):
        return None  # (the figure before closes its clause first)
    last = clauses[-1] if clauses else None
    if last is None or vocab.figure_re.search(last.group()):
        return None
    opening = vocab.names.opening(last.group())
    if not opening or _OF_A_TIME.search(last.group()[:last.group().find(opening)]):
        return None  # (“十五”期间国内生产总值增长速度比原来预计的高一些，“十一五”年均增长7.5%: not that period's)
    return opening, after + last.start() + len(last.group()) - len(last.group().lstrip())


def _unnamed_between(words: str, vocab: Vocab) -> bool:
    """No clause after the first of `words` gives a figure a subject of its own (…，2010年突破4000元，
    达到4138.7元，… gives none; …，对外承包劳务完成营业额26.3亿美元，… does)."""
    for clause in re.split(r"[，,；;]", words)[1:]:
        m = vocab.figure_re.search(clause)
        if m and not STEPS.match(clause, m.end()) and not _BARE_LEAD.match(clause[:m.start()].strip()):
            return False
    return True


def _hedged_again(prev: dict, fig: dict, vocab: Vocab) -> bool:
    """A growth said with only a hedge (力争增长9%) right after a growth of a subject is a hedged
    second figure of that subject (地区生产总值增长8.5%以上、力争增长9%)."""
    return (fig.get("value") is None and fig.get("growth") is not None and prev.get("value") is None
            and prev.get("growth") is not None and not prev.get("period") and _named(prev, vocab))


def _hedged_growth_of(prev: dict, fig: dict, start) -> bool:
    """A growth said with only a hedge (预计增长9%) right after a level of a subject that has no growth, or inside
    the words of that level (…两个千亿元台阶，预计年均增长10.5%，达到6790亿元): that level's growth."""
    gap = start(fig) - start(prev) - len(prev["quote"])
    inside = start(prev) < start(fig) and gap + len(fig["quote"]) < 0  # (…台阶，预计年均增长10.5%，达到6790亿元)
    return (0 <= gap <= 1 or inside) and fig.get("value") is None and fig.get("growth") is not None \
        and prev.get("value") is not None and prev.get("growth") is None and not prev.get("ratio") \
        and not prev.get("period") and prev.get("unit") not in RATE_UNITS


def _named(rec: dict, vocab: Vocab) -> bool:
    """A record whose name says what it counts (not a period, a hedge, a total, a verb)."""
    name = rec["name"]
    return not (rec.get("ratio") or NO_SUBJECT.match(name) or not is_name(name)
                or name in (*HEDGES, *TOTALS, *vocab.verbs, *vocab.name_suffixes))


def _amount(value: float, unit: str | None) -> tuple[float, str] | None:
    """A value in its base unit (1.2万亿元 → (1.2e12, 元)), or None for a unit without a scale word."""
    if not unit:
        return None
    scale = next((s for s in _SCALES if unit.startswith(s) and len(unit) > len(s)), None)
    return (value * _SCALES[scale], unit[len(scale):]) if scale else (value, unit)


def _headlines(name: str, vocab: Vocab) -> bool:
    """A subject that lists headline indicators only (城市居民人均可支配收入和农民人均纯收入): a growth
    said of it without 均 is said of each."""
    parts = [p for p in LIST_SEPARATORS.split(strip_leading(name)) if p]
    return len(parts) > 1 and vocab.names is not None and all(vocab.names.canonical_name(p) for p in parts)


def _unmeasured_subjects(words: str, count: int, vocab: Vocab) -> list[tuple[str, int]] | None:
    """The subjects of the last `count` clauses of `words` when each opens with a headline indicator and
    gives no figure (地区生产总值迈入“千亿俱乐部”行列，…), or one clause whose subject lists them
    (城乡居民人均可支配收入增幅高于经济增速，…): (name, offset of its clause), or None."""
    if vocab.names is None:
        return None
    clauses = [(m.group(), m.start()) for m in re.finditer(r"[^，,；;]+", words) if m.group().strip()]
    last, at = clauses[-1] if clauses else ("", 0)
    listed = vocab.names.opening(last) if count > 1 and not vocab.figure_re.search(last) else None
    parts = distribute(listed, count) if listed else None
    if parts:
        return [(vocab.names.canonical_name(p) or p, at + len(last) - len(last.lstrip())) for p in parts]
    if len(clauses) < count or any(vocab.figure_re.search(c) for c, _ in clauses[len(clauses) - count:]):
        return None
    found = []
    for clause, at in clauses[len(clauses) - count:]:
        opening = vocab.names.opening(clause)
        if not opening:
            return None
        found.append((vocab.names.canonical_name(opening) or opening, at + len(clause) - len(clause.lstrip())))
    return found


def _projects_amount(name: str, before: str, vocab: Vocab) -> str | None:
    """An amount named only by its head (完成投资80亿元, 总投资2000亿元) right after a count of projects
    (实施重点项目120个，…): the projects' amount (重点项目投资)."""
    before = strip_leading(before)
    verb = vocab.carried_out_re.match(before)  # (实施重大项目: the projects, not their carrying out)
    before = before[verb.end():] if verb else before
    if name not in vocab.project_amounts or not before.endswith(tuple(vocab.projects)) or not is_name(before) \
            or NO_SUBJECT.match(before) or LIST_SEPARATORS.search(before):
        return None
    return before + name


def _per_head(name: str, before: str, vocab: Vocab) -> str | None:
    """人均 alone after a figure of a headline indicator that has a per-head one (地区生产总值突破
    万亿元，人均超过4000美元): that per-head indicator."""
    if name != "人均" or vocab.names is None:
        return None
    canonical = vocab.names.canonical_name(before)
    return vocab.names.canonical_name("人均" + canonical) if canonical else None


def _carried_head(name: str, before: str, vocab: Vocab) -> str | None:
    """A subject that is only a head noun (增加值, 总产量, 支出) after a figure of one subject with another
    head (规模以上工业总产值, 粮食播种面积, 一般公共预算收入) is that subject's: its modifier with this head."""
    before = strip_leading(before)
    name = re.sub(r"^(?:年度|当年)(?=..)", "", name)  # (…播种面积…、年度产量首次突破2000万吨: the year's output)
    if name not in vocab.carried_heads or not before or NO_SUBJECT.match(before):
        return None
    head = next((h for h in vocab.carried_heads if before.endswith(h)), None)
    modifier = before[:-len(head)] if head else ""  # (种植面积、总产…: no modifier, not 种植总产)
    if not head or head == name or len(modifier) < 2 or modifier.endswith(("可支配", "纯", "人均")) \
            or modifier.startswith(("比", "较")) \
            or LIST_SEPARATORS.search(modifier) or not is_name(modifier):
        return None
    return modifier + name


def shared_subjects(name: str, vocab: Vocab) -> list[str] | None:
    """Short subjects that share the head noun written once after the last (化学需氧量、氨氮排放量下降1%):
    one name each, so the growth is said of each; None for any other subject."""
    name = strip_leading(name)
    if re.search("[及与等]", name):
        return None  # 旅游及相关产业增加值, 风电、光伏发电等新能源装机规模: one subject
    parts = [p for p in re.split("[、和]", name) if p]
    head = head_shared(parts, vocab.head_nouns)
    if not head:
        return None
    names = [p + head for p in parts[:-1]] + [parts[-1]]
    short = len(parts[-1]) - len(head) <= 5  # (国有及国有控股企业实现利润 is one subject; the others are short)
    return names if short and all(is_name(n) for n in names) else None


def _opened_head(name: str, before: str, vocab: Vocab, unit: str | None = None) -> tuple[str, int] | None:
    """A subject that is only a head noun (总产762亿斤, 2007年产量达到…, 投入强度达到2.1%) right after a clause
    that opens with the word it measures (粮食面积、总产、单产实现“两增一稳”，… / 粮食连续四年增产，… /
    粮食生产再获丰收、产量…): that headline indicator's name (粮食总产 → 粮食产量) and where the clause starts
    in `before`; only when the two make a headline indicator's name that a figure in `unit` can be of."""
    clauses = re.split(r"[，,]", before)
    items = re.split(r"[，,、]", before)  # (粮食生产再获丰收、产量231.9万吨: the item before)
    share = re.fullmatch(r"(?:投入|增加值)?(?:强度|占比|比重)", name)  # (of the clause right before, with no figure)
    if not (name in (*vocab.carried_heads, *TOTALS) or share) or vocab.names is None or len(items) < 2 \
            or share and vocab.figure_re.search(items[-2]):
        return None  # (服务业投资增长15.9%，占比达66.1%: the share of the investment)
    # (粮食生产再获大丰收，增产…，总产量达到…: the sentence's opening; 去年，粮食生产战胜…，再创历史新高，总产达…: the
    # clauses of no figure back from the one before, when the sentence opens with a time or other words)
    between = list(takewhile(lambda c: not vocab.figure_re.search(c), reversed(clauses[1:-2])))
    tried = [items[-2]] if share or len(clauses) < 2 else [clauses[-2], items[-2], *between, clauses[0]]
    for clause in dict.fromkeys(tried):
        opening = strip_leading(clause.strip())
        for size in (2, 3, 4, 5, 6):  # (物价 + 涨幅, 居民消费价格 + 涨幅, 外贸进出口 + 总额)
            canonical = vocab.names.canonical_name(opening[:size] + name) if len(opening) > size else None
            if canonical and vocab.names.fits(canonical, unit):
                at = before.rfind(clause) + len(clause) - len(clause.lstrip())
                return opening[:size] + name, at
    return None


def _one_list(figs: list[dict]) -> list[dict]:
    """Growths of one list that names no subject (年均分别增长8.1%、9.5%) as one record with `more`."""
    out: list[dict] = []
    for fig in figs:
        prev = out[-1] if out else None
        if (prev and fig["quote"] == prev["quote"] and fig.get("value") is None and prev.get("value") is None
                and fig["name"] == prev["name"] and NO_SUBJECT.match(fig["name"])):
            prev.setdefault("more", []).append(fig["growth"])
            continue
        out.append(fig)
    return out


def said_of_each(name: str) -> bool:
    """A subject ending in 均 or 各 (…和农民人均纯收入均增长8%, …、社会消费品零售总额各增长10%): the figure
    is said of each subject listed (年均, 人均, 月人均 and 平均 are no such word)."""
    return name.endswith(("均", "各")) and not name.endswith(("年均", "人均", "平均"))


_DEPOSITS_AND_LOANS = re.compile(r"存款?贷款")  # 存贷款余额, 存款贷款余额: two subjects in one


def _own_subjects(fig: dict, before: list[dict], vocab: Vocab, each: bool = False) -> list[dict]:
    """A figure that names its subject: 城镇和农村居民…增长9%和8% / 城镇居民…和农民人均纯收入均增长8%
    is one record a subject; 占地区生产总值比重3.14% after 研发经费支出… carries that subject."""
    more = fig.pop("more", [])
    name = fig["name"]
    subject = next((strip_leading(b["name"]) for b in reversed(before) if "占" not in b["name"]), None) \
        if name.startswith("占") else None  # (…占全省的52%，占全国的20%: each a share of the subject)
    if subject and is_name(subject) and subject not in HEDGES:
        if any(b["name"] == subject + name and b["quote"] == fig["quote"] for b in before):
            return []  # (…占全省比重分别超过50%、70%: shares of several subjects before, not all of the last one)
        fig["name"] = subject + name
        return [fig]
    each = each or said_of_each(name)
    every = each or fig.get("value") is None and _headlines(name, vocab)
    if not more and not every:
        shared = shared_subjects(name, vocab) if fig.get("value") is None and "分别" not in fig["quote"] else None
        return [{**fig, "name": n} for n in shared] if shared else [fig]
    name = name[:-1] if said_of_each(name) else name
    growths = [fig["growth"], *more]
    parts = len(LIST_SEPARATORS.split(name))
    if each and parts == 1 and strip_leading(name).startswith("城乡") and vocab.names is not None and \
            all(vocab.names.canonical_name(n) for n in distribute(name, 2) or [""]):
        parts = 2  # 城乡居民人均可支配收入均增长7.6%: the urban and the rural each (not 城乡居民养老保险, one scheme)
    names = distribute(name, len(growths) if more else parts, vocab.head_nouns, vocab.list_measures)
    if not names or (more and len(names) != len(growths)):
        return [{**fig, "name": name}]
    if each and not more and _DEPOSITS_AND_LOANS.search(name):  # 存贷款余额均突破…: the deposits' and the loans'
        listed = [n for n in LIST_SEPARATORS.split(name) if n] if parts > 1 else names
        names = [n for item in listed for n in (distribute(item, 2) if _DEPOSITS_AND_LOANS.search(item) else None)
                 or [item]]
    growths = growths if more else growths * len(names)
    return [{**fig, "name": n, "growth": g} for n, g in zip(names, growths, strict=True)]
