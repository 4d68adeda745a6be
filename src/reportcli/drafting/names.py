"""Names of drafted figures: the canonical name of a headline indicator (data/indicators.yaml), and
the subjects of a 分别 list distributed over its values (城乡居民人均可支配收入分别增长5%、8% → 城镇…, 农村…).

Nothing here names a particular report: the vocabulary is the general wording of reports.
"""

from __future__ import annotations

import re
from pathlib import Path

from .read import GARBLED

# what stands before a subject without being part of its name: scope, time, hedges and verbs
HEDGES = ("预计", "有望", "力争", "努力", "争取", "确保")
_LEADING = ("预计", "预期", "全年", "全市", "全省", "全区", "全州", "全盟", "全县", "全旗", "全疆", "去年末", "去年底",
            "上年末", "今年", "年末", "年底", "年内",
            "其中", "平均每年", "年均",
            "实现", "完成", "要力争", "要确保", "要努力", "力争", "确保", "努力", "争取", "有望",
            "过去五年", "五年来", "四年来", "三年来", "两年来",
            "五年", "累计", "共", "去年", "上年", "各级", "我市", "我省", "我区", "我州", "我县", "我旗", "我盟")
# the government level a report's own figure can be said of: 市财政一般预算收入 is its 一般预算收入, 自治区生产总值 its
# 地区生产总值
_LEVEL_SCOPES = ("市", "省", "区", "县", "州", "盟", "旗", "本市", "本省", "市级", "省级", "市属", "地区", "自治区")
# the modifiers a 分别 list pairs (城镇、农村…), longest first
_PAIRED = ("农村牧区常住居民", "城镇常住居民", "农村常住居民", "农区常住居民", "城镇居民", "农村居民", "农牧民", "城镇",
           "农村", "城市", "农民")
# the ways reports write GDP inside a longer name
_GDP = re.compile(r"(?<!地区)(?:国内|全市|全省|全区|全州|地区|(?<![城都])市)?生产总值|GDP")
LIST_SEPARATORS = re.compile(r"[、和及与]")  # between the subjects of a list


# 万元地区生产总值用水量 names a figure; 连续第六年 is a period
_NOT_A_NAME = re.compile(r"^(?!万元(?:地区|国内)?生产总值|万元GDP|万元工业增加值|"
                         r"万人口?(?:有效|高价值)?(?:发明专利|拥有))"  # (万人发明专利拥有量: per 10,000 people)
                         r"[元万亿个%和及与、，,的]|^以及|"
                         r"提高到|增加到|下降到|减少到|提升到|上升到|^.$|^连续第?[一二三四五六七八九十\d]+年$|"
                         # a base or a time said before the figure (…在2010年基础上, …由前三年, 由每人每月310元…,
                         # …达到峰值以后), a base alone (比去年预算增加…) or a sentence's opening (我们之所以提出):
                         # no name (从业人数 is one)
                         r"基础上$|以后$|之所以|^我们|^[比较](?:去年|上年|年初|计划|同期|“|\d{4}年)|[从由][^，,]*\d|(?<![自理缘经])[从由](?!业)[^，,]{0,3}$")


def is_name(name: str) -> bool:
    """A noun phrase can name a figure; a unit, a conjunction, a verb phrase cut off (元提高到…), a
    phrase with a quotation mark or a bracket left open or closed alone (扶贫两个“, 区）工业用地) or with a
    garbled number in it cannot."""
    return bool(name) and not _NOT_A_NAME.search(name) and GARBLED not in name \
        and re.search(r"[\u4e00-\u9fff]{2}|^[A-Z]{3,}$", name) is not None \
        and name.count("“") == name.count("”") and _opened(name) == _closed(name)


def _opened(name: str) -> int:
    return name.count("（") + name.count("(")


def _closed(name: str) -> int:
    return name.count("）") + name.count(")")


def specific(name: str, names: Names | None, measures: tuple[str, ...] = (), heads: tuple[str, ...] = ()) -> bool:
    """A name that says what is counted: a headline indicator, a phrase of four characters or more,
    or a shorter one that names a measure (出生率, 发电量, 亩产); never a head noun alone (总产, 投资,
    总里程, 计划完成投资: `heads`) or a list not distributed (…分别…). Other short names are verbs,
    scope words or objects cut from their verb (打通, 县级, 企业); in the hand-judged samples of
    docs/drafting.md 3 in 35 were right."""
    if "分别" in name:
        return False  # 北京市和中央单位分别投入资金: a list not distributed, one name for several figures
    if names is not None and name in names.family:
        return True
    bare = name.removeprefix("总")
    if bare in heads:
        return False  # (计划完成投资, 年度投资: the amount of what is not said)
    if len(name) >= 4:
        return True
    return bare != "产" and name.endswith(("率", "产", *measures))  # (亩产, 单产 name a measure; 总产 does not)


# the base of a change since the year's start (比年初, 较上年末 …), and the words of a balance grown since then
SINCE_THE_YEARS_START = r"(?:比|较)(?:年初|上年末|去年末|上年底|去年底)"
GROWN_SINCE = r"(?:增加|新增|净增)"
# a balance of deposits or loans grown since the year's start (贷款余额比年初增加…): the year's new loans
BALANCE_GROWN = re.compile(rf"(存款|贷款)余额(?:{SINCE_THE_YEARS_START})?(?:{GROWN_SINCE}|多增)$")


class Names:
    """The canonical vocabulary: synonym → canonical name, and what a canonical name measures."""

    def __init__(self, entries: dict, units: dict | None = None, lead_verbs: tuple[str, ...] = (),
                 spellings: list[list[str]] | None = None) -> None:
        units = units or {}
        self.spellings = [tuple(pair) for pair in spellings or ()]  # [written, same as]: see data/drafting.yaml
        self.multipliers: dict[str, int] = units.get("multipliers") or {}
        self.unit_family = {u: fam for fam, members in (units.get("unit_families") or {}).items() for u in members}
        self.canonical: dict[str, str] = {}
        self.family: dict[str, str] = {}
        self.lead_verbs = lead_verbs  # verbs a subject may open with (带动…), longest first
        self.rise_is_level: set[str] = set()
        self.earlier: dict[str, tuple[str | None, int]] = {}  # a name said without its kind → (earlier, until)
        self.patterns: list[tuple[re.Pattern, str]] = []  # a phrase of many wordings → its canonical name
        written: set[str] = set()
        for name, spec in entries.items():
            spec = spec or {}
            self.family[name] = spec.get("family") or ""
            if spec.get("rise_is_level"):
                self.rise_is_level.add(name)
            earlier = spec.get("earlier") or {}
            for word in earlier.get("said_as") or ():
                self.earlier[self._key(word)] = (earlier["name"], int(earlier["until"]))
            self.patterns += [(re.compile(pattern), name) for pattern in spec.get("patterns") or ()]
            for word in [name, *(spec.get("synonyms") or [])]:
                self.canonical.setdefault(self._key(word), name)
                written.add(_key(word))
        self._longest = sorted(self.canonical, key=len, reverse=True)
        self._written = sorted(written, key=len, reverse=True)  # as reports write them, for `opening`

    @classmethod
    def load(cls, data_dir: Path, lead_verbs: tuple[str, ...] = (), spellings: list | None = None) -> Names:
        """The vocabulary of data_dir; `spellings` as data/drafting.yaml's name_spellings (read from it
        when not given)."""
        from ..kb import read_yaml, strip_positions

        if spellings is None:
            spellings = strip_positions(read_yaml(data_dir / "drafting.yaml")).get("name_spellings")
        return cls(strip_positions(read_yaml(data_dir / "indicators.yaml")) or {},
                   strip_positions(read_yaml(data_dir / "units.yaml")) or {}, lead_verbs, spellings)

    def _key(self, text: str) -> str:
        """The form a name is compared in: no brackets, quotes or 的, one spelling of each word."""
        key = _key(text)
        for written, same in self.spellings:
            key = key.replace(written, same)
        return _SHARE_OF_GDP.sub(r"\g<0>比重", key)  # 研发投入占地区生产总值(的1.42%): its share

    def unit_family_of(self, unit: str | None) -> str | None:
        """The family of a unit (money, rate, area …: data/units.yaml) whatever its multiplier (亿元 → money)."""
        from ..model import split_unit

        return self.unit_family.get(split_unit(unit, self.multipliers)[1] or "")

    def fits(self, canonical: str, unit: str | None) -> bool:
        """Whether a figure in `unit` can be of the indicator: its unit is of the indicator's family
        (or either is not known)."""
        family = self.family.get(canonical)
        found = self.unit_family_of(unit)
        return not (unit and family and found) or found == family or (family, found) == ("people", "count")

    def canonical_name(self, phrase: str) -> str | None:
        """The canonical name of a subject phrase, or None when it names no headline indicator.

        Scope and hedge words before it are dropped (全市, 预计); a phrase that ends in a synonym
        after a scope word (全市地区生产总值) is that indicator; anything else is not guessed."""
        key = self._key(strip_leading(phrase))
        found = self._canonical_key(key) or self._after_lead_verb(key)
        for scope in ("全国", "全社会"):  # 全国财政收入, 全社会投入研发经费 (全国示范林场 is a title: 全国 stays)
            if not found and key.startswith(scope):
                rest = self._key(strip_leading(key[len(scope):]))
                found = self._canonical_key(rest) or self._after_lead_verb(rest)
        scope = None if found else _AREA_OR_BASIS.match(key)
        if scope:  # 北京地区进出口总额, 辖区公共财政收入, 同口径财政总收入: the indicator of that area or basis
            found = self._canonical_key(self._key(strip_leading(key[scope.end():])))
        bare = _ASIDE.sub("", phrase)
        if not found and bare != phrase:  # 金融机构（含外资）人民币存款余额, 研发投入强度（全口径）
            found = self.canonical_name(bare)
        return found

    def _after_lead_verb(self, key: str) -> str | None:
        """带动全市固定资产投资, 有力推动全市规模以上工业增加值: what a verb leading the phrase (after an adverb
        of two characters at most) acted on is the indicator (新增贷款余额 is not: new loans, not their balance)."""
        for lead in (0, 2):
            verb = next((v for v in self.lead_verbs if key.startswith(v, lead) and len(key) > lead + len(v)
                         and v not in _FLOWS), None)
            if verb:
                return self._canonical_key(self._key(strip_leading(key[lead + len(verb):])))
        return None

    def of_year(self, phrase: str, name: str, year: int | None) -> str:
        """The name of a figure whose subject was `phrase`, for the year it is of: a phrase that does not
        say which of two successive indicators it is (农民收入) names the earlier one up to its last year;
        with no earlier one (城乡居民收入 before 2013: two statistics) it keeps the report's words."""
        earlier = self.earlier.get(self._key(strip_leading(phrase)))
        if not earlier or year is None or year > earlier[1]:
            return name
        return earlier[0] or strip_leading(phrase)

    def synonym_of(self, name: str) -> str | None:
        """The canonical name of which `name` is itself one of the synonyms (or the name), or None."""
        return self.canonical.get(self._key(name))

    def _canonical_key(self, key: str) -> str | None:
        if key in self.canonical:
            return self.canonical[key]
        same = _GDP.sub("地区生产总值", key)  # 研发支出占国内生产总值比重 is 研发支出占地区生产总值比重
        if same != key and same in self.canonical:
            return self.canonical[same]
        size = next((w for w in _SIZE if key.endswith(w) and key[:-len(w)] in self.canonical), None)
        if size:  # 一般公共预算支出规模, 全社会固定资产投资总量
            return self.canonical[key[:-len(size)]]
        for synonym in self._longest:
            if len(synonym) >= 4 and key.endswith(synonym) and \
                    self._key(strip_leading(key[:-len(synonym)])) in ("", *_LEVEL_SCOPES):
                return self.canonical[synonym]
        return next((name for pattern, name in self.patterns if pattern.fullmatch(key)), None)


    def opening(self, clause: str) -> str | None:
        """The headline indicator a clause opens with, as written (生产总值跃上千亿元台阶 → 生产总值), or None."""
        phrase = strip_leading(clause.strip())
        for synonym in self._written:
            if (len(synonym) >= 4 or synonym.isascii() and len(synonym) >= 3) and phrase.startswith(synonym) and \
                    not re.match(r"[\u4e00-\u9fff]*(?:占|比重|率)", phrase[len(synonym):len(synonym) + 3]):
                return synonym
        return None


_SIZE = ("规模", "总量")  # the size of an amount is the amount
# an area or a basis of counting before an indicator's name, no part of it (北京地区, 上海关区, 辖区, 市区, 同口径,
# 按户籍人口)
_AREA_OR_BASIS = re.compile(r"^(?:(?!贫困|脱贫|民族|边远|边境|山区|农村|革命|欠发达|重点|其他|受灾|灾区|"
                            r"[一二三四五六七八九十两几多])"
                            r"[\u4e00-\u9fff]{1,2}[^区域县市镇乡村\W\d_](?:地区(?!生产总值)|关区)|辖区内?|境内|地域|属地|市区|市内|初步核算|新口径|同口径|可比口径|按(?:户籍|常住)人口(?:计算|计)?)")
_FLOWS = ("新增", "新增加", "净增", "增加")  # verbs whose object is what was added, not the indicator
_SHARE_OF_GDP = re.compile(r"占(?:[^占]{0,4}生产总值|GDP)$")
_ASIDE = re.compile(r"[（(][^（）()]{1,8}[）)]")  # a scope said in brackets: （含外资）, （全口径）
# a short note in brackets without a figure, between a word and what it says (增长（同比，下同）9%)
NOTE = r"[（(][^（）()\d]{1,8}[）)]"


def _key(text: str) -> str:
    return re.sub(r"[\s“”\"'（）()的]", "", text)  # 占地区生产总值的比重 is 占地区生产总值比重


_YEAR = re.compile(r"^(?:(?:到|至)?\d{4}年(?:底|末|以来)?|\d+年|(?:到|至)?“十[一二三四五六]?五”(?:期末|末|时期|期间)?|"
                   r"期末|\d{1,2}月(?:末|底)(?=.)|来源于[^的，,]{1,10}的)")
# what opens a line or an item of a list without being part of what it says: dashes and bullets
# (―――, ●), 一是…十是, 其一, 1. and (1), （一）
LIST_MARKER = re.compile(r"^(?:[\s\u3000―—\-–·•●○◆◇■□▲△★☆※*\u2460-\u2473]+|[一二三四五六七八九十]{1,3}是|"
                         r"其[一二三四五六七八九十]{1,2}[，,、]?|\d{1,2}[.．、](?!\d)|"
                         r"[（(]\s?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s?[)）])+")  # (①…⑳, （ 1）)


def strip_leading(phrase: str) -> str:
    """The phrase without the scope, time and hedge words in front of its subject (2007年, 5年,
    2003年以来 too, also after a hedge: 预计2013年…)."""
    changed = True
    while changed:
        stripped = _YEAR.sub("", LIST_MARKER.sub("", phrase))
        changed, phrase = stripped != phrase, stripped
        for word in _LEADING:
            if phrase.startswith(word) and len(phrase) > len(word):
                phrase, changed = phrase[len(word):], True
    return phrase


# heads a list's items share that are no head elsewhere (基础设施、制造业投资 → 基础设施投资; 重点项目完成投资 keeps
# its verb, what was done this year)
LISTED_HEADS = ("投资",)


# nouns each item of a list names, written once after the last item with what the list measures (养老、医疗、失业
# 保险参保人数 → 养老保险参保人数 …; 参加养老、医疗保险的人数), with the kinds of it such items end with
LISTED_TAILS = {"保险": ("养老", "医疗", "失业", "工伤", "生育", "大病")}


def tail_shared(parts: list[str]) -> str | None:
    """What the items of a list share after the last one's own word (养老、医疗、失业保险参保人数: 保险参保人数): a noun
    of LISTED_TAILS (not 保险金) and what follows it, when every earlier item is a kind of it (not 城镇职工和居民
    基本医疗保险…, of whom); or None."""
    last = parts[-1]
    for noun, kinds in LISTED_TAILS.items():
        found = re.search(rf"{noun}(?!金)", last)
        if found and found.start() > 0 and len(last) - found.start() <= 8 and \
                all(0 < len(p) <= 8 and p.endswith(kinds) for p in parts[:-1]):
            return last[found.start():]
    return None


def head_shared(parts: list[str], heads: tuple[str, ...] | list[str]) -> str | None:
    """The head noun short subjects share, written once after the last (工业硅、多晶硅产量: 产量; an industry may
    be longer: 高新技术产业、装备制造业增加值), or None (no head noun, a subject too long, or a pair 城镇…、农村…)."""
    if len(parts) < 2:
        return None
    last = parts[-1]
    head = next((h for h in (*heads, *LISTED_HEADS) if last.endswith(h) and len(last) > len(h)), None)
    if not head or any(last.startswith(m) and len(last) > len(m) for m in _PAIRED) or \
            not all(0 < len(p) <= (8 if p.endswith("业") else 5)
                    and not p.endswith((head, "数", "率", "值", "额", "收入"))
                    and not (head in LISTED_HEADS and p.endswith("量")) for p in parts[:-1]):  # (原油产量、…投资)
        return None  # (事故起数、死亡人数, 生产总值和…收入, 营业总收入和资产总额: a whole name before)
    return head


def shared_head(parts: list[str], heads: tuple[str, ...] | list[str]) -> list[str] | None:
    """Short subjects that share the head noun written once after the last (工业硅、多晶硅产量 →
    工业硅产量, 多晶硅产量), or None (see head_shared)."""
    head = head_shared(parts, heads)
    return [p + head for p in parts[:-1]] + [parts[-1]] if head else None


def _of_first_subject(parts: list[str], measures: tuple[str, ...] | list[str]) -> list[str] | None:
    """Measures of one subject written once before the first (国企资产总额、营业收入 → 国企营业收入; 事故起数、
    死亡人数 → 事故死亡人数), or the first being that subject alone (生产安全事故和死亡人数 → 生产安全事故死亡人数):
    each later measure with the first's subject, or None."""
    first = parts[0]
    if first in measures:
        return None  # (营业总收入和资产总额: a measure alone, no subject written before it)
    measure = next((m for m in sorted(measures, key=len, reverse=True)
                    if first.endswith(m) and len(first) >= len(m) + 2), None)
    if not measure and 4 <= len(first) <= 8 and not re.search(r"[率量额值数幅重入出税润]$", first) \
            and all(p in measures and p.endswith("数") for p in parts[1:]):  # 生产安全事故和死亡人数: of the accidents
        return [first] + [first + p for p in parts[1:]]
    if not measure or not all(p in measures and p != measure for p in parts[1:]):
        return None
    return [first] + [first[:-len(measure)] + p for p in parts[1:]]


# an amount per unit of output (单位地区生产总值能耗), and what such amounts measure
_PER_UNIT = re.compile(r"^(?:单位|万元)(?:地区生产总值|生产总值|GDP|工业增加值)")
_PER_UNIT_MEASURES = ("能耗", "二氧化碳排放量", "二氧化碳排放", "碳排放量", "碳排放", "用水量", "水耗", "电耗",
                      "用地面积")


def _per_unit_of_first(parts: list[str]) -> list[str] | None:
    """Later measures of a list opened by an amount per unit of output (单位地区生产总值能耗、二氧化碳排放量 →
    单位地区生产总值二氧化碳排放量): each per the same unit, or None."""
    per_unit = _PER_UNIT.match(parts[0])
    if not per_unit or not all(p in _PER_UNIT_MEASURES for p in parts[1:]):
        return None
    return [parts[0]] + [per_unit.group(0) + p for p in parts[1:]]


def with_first_modifier(first: str, part: str) -> str:
    """A later subject of a list written as a head alone (发明专利申请量和授权量 → 授权量) with the first
    subject's modifier (发明专利授权量): only a head of up to three characters that ends as the
    first subject's head does, after a modifier of two characters or more."""
    if part == first or len(part) > 3 or len(first) < len(part) + 2 or first[-1] != part[-1] or \
            first.endswith(part) or first[-2:] == part[-2:]:  # (电子信息产业、水产业: 水产业 has its own modifier)
        return part
    return first[:-len(part)] + part


_MEASURE_CHARS = ("额", "量")  # heads of one character a measure may have (进口额, 产量)


def _after_same_ending(part: str, last: str) -> str:
    """What the last rate of a list says after its modifier of a pair (农村|自来水普及率 for 城市) or after the word
    that ends as `part` does (其他设区市|中心城区公共交通分担率 for 南昌市), or its last three characters (污水、垃圾
    无害化处理率: 处理率)."""
    if any(last.startswith(m) for m in _PAIRED if len(m) == len(part)):
        return last[len(part):]  # (城市、农村自来水普及率: 城市自来水普及率)
    at = last.find(part[-1], 2)  # (not 测土配方施肥、水肥一体化覆盖率: 水肥 is one word)
    return last[at + 1:] if at >= 2 and len(last) - at - 1 >= 4 else last[-3:]


def _parallel_heads(parts: list[str], whole: str) -> list[str] | None:
    """Subjects written without the head the last one has after words that end as they do (内地高中班、区内初中班
    在校生 → 内地高中班在校生; 集中供养、分散供养标准 → 集中供养标准; 国家级、省级重点龙头企业): each with that head,
    or None."""
    last, names = parts[-1], []
    for part in parts[:-1]:
        if re.search(whole, part) or len(part) < 2:
            return None  # (a whole name: 事故起数、死亡人数)
        ending = part[-1:] if len(part) <= 3 else part[-2:]  # (刑事案件立案、治安案件受理: 案 alone is no match)
        at = last.find(ending, 1)
        head = last[at + len(ending):] if at >= 1 else ""
        if len(head) < 2 and head not in _MEASURE_CHARS or head[:1] in "和及与、":
            return None  # (出口、进口额: 出口额, a measure of one character)
        names.append(part + head)
    return names + [last]


_INDUSTRIES = re.compile(r"^((?:第?[一二三](?:产业|产)?[、和及与]?){2,3})(?:次产业)?(?P<rest>[\u4e00-\u9fff]*)$")
# (一、二、三次产业增加值: 第一产业增加值, …)


def _pair(subject: str) -> list[str] | None:
    """The two names a subject of a town-and-country, deposits-and-loans or domestic-and-foreign pair stands for
    (城乡居民人均可支配收入 → 城镇…, 农村…; 金融机构存贷款余额 → …存款余额, …贷款余额; 实际利用内外资 → …内资,
    …外资), or None."""
    if subject.startswith("城乡"):
        return ["城镇" + subject[2:], "农村" + subject[2:]]
    if "存贷款" in subject:
        return [subject.replace("存贷款", "存款", 1), subject.replace("存贷款", "贷款", 1)]
    if re.search(r"[^内]内外资$", subject):  # 实际利用内外资 → 实际利用内资, 实际利用外资
        return [subject[:-3] + "内资", subject[:-3] + "外资"]
    return None


# words that join two or three subjects a 分别 list gives a value each (广播电视人口综合覆盖率分别达到90.3%、91.4%;
# 肉蛋奶产量分别达到120万吨、55万吨和205万吨; 新能源汽车产销量分别增长43.2%、62.7%)
_JOINED_SUBJECTS = {"广播电视": ("广播", "电视"), "肉蛋奶": ("肉类", "禽蛋", "奶类"), "产销量": ("产量", "销量"),
                    "工农业": ("工业", "农业"), "粮油": ("粮食", "油料")}


def _joined(subject: str, count: int) -> list[str] | None:
    """The `count` names a subject of joined words stands for (新能源汽车产销量 → …产量, …销量), or None."""
    for words, items in _JOINED_SUBJECTS.items():
        at = subject.find(words)
        if at >= 0 and len(items) == count and subject.count(words) == 1:
            return [subject[:at] + item + subject[at + len(words):] for item in items]
    return None


_MEASURED = ("值", "额", "量", "入", "资")  # (服务业增加值、…增加值占GDP比重: the first item measured already)


def distribute(subject: str, count: int, heads: tuple[str, ...] | list[str] = (),
               measures: tuple[str, ...] | list[str] = ()) -> list[str] | None:
    """The names a 分别 list gives its `count` values: 城乡居民人均可支配收入 → 城镇居民人均可支配收入,
    农村居民人均可支配收入; 城镇调查失业率、城镇登记失业率 → both; 城镇、农村居民… → each with the shared
    rest. None when the subject does not split into `count` names."""
    subject = strip_leading(subject.strip())
    industries = _INDUSTRIES.match(subject)  # 一、二、三产业增加值, 一产、二产、三产增加值, 一二三产业…
    if industries and "产" not in subject[:industries.start("rest") + 2]:
        industries = None  # (一二线边民补助: the first and second lines of the border, no industries)
    if industries and len(numerals := re.findall("[一二三]", industries.group(1))) == count:
        return [f"第{n}产业{industries.group('rest')}" for n in numerals]
    three = re.match(r"三次产业(?:的)?(?P<rest>[\u4e00-\u9fff]*)$", subject)  # 三次产业分别增长7.2%、14%和11%
    if three and count == 3:
        return [f"第{n}产业{three.group('rest') or '增加值'}" for n in "一二三"]
    subject = re.sub(r"^城[、和与及]乡", "城乡", subject)  # (城、乡居民…: 城乡居民…)
    subject = re.sub(r"存(?:款)?[、和与及]?贷款", "存贷款", subject)  # 各项存、贷款余额, 存款、贷款余额, 存款贷款余额
    pair = _pair(subject)
    if count == 2 and pair:
        return pair
    parts = [p for p in LIST_SEPARATORS.split(subject) if p]
    if len(parts) != count and len(subject.split("、")) == count:  # (实际利用外资、与…国家和地区贸易额: 和 inside one)
        parts = subject.split("、")
    if len(parts) == 1 and count > 1:
        return _joined(subject, count)
    expanded = [n for p in parts for n in (_pair(p) or [p])]
    if len(parts) != count and len(parts) > 1 and len(expanded) == count:
        return expanded  # 固定资产投资、…和金融机构存款、贷款余额分别增长…: a pair inside a list, two items
    if len(parts) != count:
        return None
    last = parts[-1]
    whole = r"[率量额值数幅重例度]$|价格|指数"  # (居民消费价格涨幅, 工业增加值比重, 草原综合植被盖度: whole names)
    if re.search(r"[\u4e00-\u9fff]{2}率$", last) and all(len(p) <= 8 and not re.search(whole, p) for p in parts[:-1]):
        # 污水、垃圾无害化处理率: 污水处理率; a modifier of the same shape (常住人口、户籍人口城镇化率): all the rest
        return [p + last[len(p):] if len(last) > len(p) + 2 and (last[len(p) - 1] == p[-1] or
                                                                 last.startswith("人口", len(p)))
                else p + _after_same_ending(p, last) for p in parts[:-1]] + [last]  # (常住、户籍人口城镇化率:
        # 常住人口城镇化率; 南昌市和其他设区市中心城区公共交通分担率: 南昌市中心城区公共交通分担率)
    share = last.find("占")  # 工业经济、民营经济占地区生产总值比重: each with the share's tail
    if share >= 2 and all(len(p) <= 6 and "占" not in p for p in parts[:-1]):
        measured = re.search(r"(?<![总生])(?:增加值|产值|营业收入)$", last[:share])  # (先进制造业、高技术制造业增加值…)
        return [p + last[measured.start() if measured and not p.endswith(_MEASURED) else share:]
                for p in parts[:-1]] + [last]
    of_first = _per_unit_of_first(parts) or _of_first_subject(parts, measures)
    if of_first:
        return of_first
    modifiers = [m for m in _PAIRED if last.startswith(m) and len(last) > len(m)]
    tail = tail_shared(parts)
    if tail:  # 参加基本养老、医疗、失业保险的人数: 基本养老保险的人数, 医疗保险的人数, 失业保险的人数
        whom, _, first = parts[0].rpartition("参加")  # (农民工参加养老、医疗保险人数: 农民工医疗保险人数 too)
        return [whom + p + tail for p in [first, *parts[1:-1]]] + [whom + last]
    shared = shared_head(parts, heads)
    if shared:
        return shared
    parallel = _parallel_heads(parts, whole)
    if parallel:
        return parallel
    if not modifiers or all(len(p) > 4 for p in parts[:-1]):
        return [with_first_modifier(parts[0], p) for p in parts]  # whole names: 城镇调查失业率、城镇登记失业率
    names = []
    for part in parts[:-1]:
        if len(part) > 4:
            names.append(part)
            continue
        # the last name's modifier of the same length as this one (城镇↔农村, 城镇居民↔农村居民)
        modifier = next((m for m in modifiers if len(m) == len(part)), modifiers[0])
        rest = last[len(modifier):]
        names.append(part if part.endswith(rest) else part + rest)  # (城市低保和农村低保: whole already)
    return names + [last]
