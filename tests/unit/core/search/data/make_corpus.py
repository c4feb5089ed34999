#!/usr/bin/env python3
"""Writes corpus.json: realistic 公文, 信息公开 items and water/forestry reports with queries and
their relevant documents, for tst_searchrecall. Deterministic; rerun only to change the set.
Traditional-script documents and queries are made with OpenCC's s2t (the `opencc` tool)."""
import json, random, subprocess, sys, os

rnd = random.Random(20240609)

def s2t(text):
    return subprocess.run(["opencc", "-c", "s2t"], input=text.encode(), capture_output=True, check=True).stdout.decode()

ISSUERS = [  # (name, number prefix, province word)
    ("广西壮族自治区人民政府", "桂政发", "全区"),
    ("广西壮族自治区人民政府办公厅", "桂政办发", "全区"),
    ("甘肃省林业厅", "甘林发", "全省"),
    ("福建省水利厅", "闽水", "全省"),
    ("厦门市人民政府", "厦府", "全市"),
    ("南宁市人民政府", "南府发", "全市"),
    ("柳州市人民政府办公室", "柳政办", "全市"),
    ("广西壮族自治区水利厅", "桂水汛", "全区"),
    ("国家林业局", "林资发", "全国"),
    ("浙江省人民政府办公厅", "浙政办发", "全省"),
]

SUBJECTS = {
    "森林防火": ["森林火灾", "野外用火", "护林员", "防火期"],
    "防汛抗旱": ["汛期", "山洪", "抗旱保供水", "防汛物资"],
    "水土保持": ["水土流失", "坡耕地", "生态清洁小流域", "生产建设项目"],
    "电子政务": ["政务外网", "网上办事大厅", "数据共享", "政务云"],
    "安全生产": ["隐患排查", "危险化学品", "安全生产责任制", "事故"],
    "农村饮水安全": ["供水工程", "水质检测", "集中供水", "饮水工程"],
    "湿地保护": ["湿地公园", "候鸟", "红树林", "退化湿地"],
    "林业有害生物防治": ["松材线虫病", "疫木", "监测普查", "检疫"],
    "河长制": ["河湖管理", "巡河", "河道采砂", "河长"],
    "政务公开": ["政策解读", "公开目录", "依申请公开", "政府网站"],
    "地质灾害防治": ["滑坡", "崩塌", "隐患点", "群测群防"],
    "造林绿化": ["植树造林", "苗木", "石漠化", "封山育林"],
    "水库安全度汛": ["病险水库", "溢洪道", "汛限水位", "大坝"],
    "野生动物保护": ["候鸟迁徙", "非法猎捕", "救护", "疫源疫病"],
    "集体林权制度改革": ["林权证", "林地流转", "林下经济", "合作社"],
    "水资源管理": ["用水总量", "取水许可", "节水型社会", "地下水"],
    "扶贫开发": ["贫困村", "产业扶贫", "易地搬迁", "脱贫攻坚"],
    "食品安全": ["农贸市场", "抽检", "餐饮服务", "食品生产"],
}

RIVERS = ["西江", "郁江", "柳江", "闽江", "九龙江", "红水河", "桂江", "黄河兰州段"]
RESERVOIRS = ["龙滩", "岩滩", "百色", "大化", "水口", "刘家峡", "青狮潭", "坂美"]
COUNTIES = ["环江毛南族自治县", "融水苗族自治县", "永泰县", "迭部县", "卓尼县", "龙胜各族自治县", "德化县", "舟曲县"]

docs = []
def add(kind, title, number, body, meta, year):
    did = "d%03d" % (len(docs) + 1)
    module, type_ = {"notice": ("documents", "outgoing"), "incoming": ("documents", "incoming"),
                     "disclosure": ("disclosure", "item"), "water": ("water", "report"),
                     "forestry": ("forestry", "report")}[kind]
    month = rnd.randint(1, 12)
    docs.append({"id": did, "module": module, "type": type_, "title": title, "documentNumber": number,
                 "body": body, "updatedAt": "%d-%02d-%02dT09:00:00Z" % (year, month, rnd.randint(1, 28)), **meta})
    return did

def sentences(subject, words, province):
    w = rnd.sample(words, 3)
    return [
        "各有关单位：为切实做好%s工作，" % subject,
        "现就%s中的%s有关事项通知如下。" % (subject, w[0]),
        "一、提高认识，落实%s工作责任制，%s要做到横向到边、纵向到底。" % (subject, w[1]),
        "二、加强%s，%s各级各部门要建立健全工作台账。" % (w[2], province),
        "三、请于每月5日前将工作进展报送我单位。联系人：张明，电话：0771-2801234。",
    ]

numbers_used = set()
def number_for(prefix, year):
    while True:
        n = rnd.randint(1, 160)
        num = "%s〔%d〕%d号" % (prefix, year, n)
        if num not in numbers_used:
            numbers_used.add(num)
            return num

TEMPLATES = [
    ("notice", "关于做好{year}年{subject}工作的通知", "通知"),
    ("notice", "关于进一步加强{subject}工作的意见", "意见"),
    ("incoming", "关于{year}年{subject}工作情况的报告", "报告"),
    ("notice", "关于印发《{short}{subject}实施方案》的通知", "通知"),
    ("notice", "关于召开{province}{subject}工作会议的通知", "通知"),
    ("incoming", "{year}年{subject}工作要点", "要点"),
    ("notice", "关于{subject}专项检查情况的通报", "通报"),
    ("incoming", "{province}{subject}工作会议纪要", "纪要"),
]

subject_names = list(SUBJECTS)
for si, subject in enumerate(subject_names):
    words = SUBJECTS[subject]
    for ti in rnd.sample(range(len(TEMPLATES)), 7):
        kind, template, genre = TEMPLATES[ti]
        issuer, prefix, province = ISSUERS[(si + ti) % len(ISSUERS)]
        year = rnd.randint(2012, 2020)
        short = issuer.replace("人民政府办公厅", "").replace("人民政府办公室", "").replace("人民政府", "").replace("壮族自治区", "")
        title = template.format(year=year, subject=subject, short=short, province=province)
        body_parts = sentences(subject, words, province)
        if genre in ("通知", "意见", "通报"):
            number = number_for(prefix, year)
            body = number + "\n" + "".join(body_parts)
        else:
            number = ""
            body = "".join(body_parts[1:4]) + "特此报告。" if genre == "报告" else "".join(body_parts[1:4])
        add(kind, title, number, body, {"subject": subject, "genre": genre, "issuer": issuer, "script": "simplified"}, year)

# 信息公开 items
for i, (issuer, prefix, province) in enumerate(ISSUERS):
    for year in rnd.sample(range(2014, 2021), 2):
        add("disclosure", "%s%d年政府信息公开工作年度报告" % (issuer, year), "",
            "本报告根据《中华人民共和国政府信息公开条例》要求编制。%d年，%s主动公开政府信息%d条，受理依申请公开%d件，"
            "未发生因政府信息公开引起的行政复议和行政诉讼。" % (year, issuer, rnd.randint(800, 9000), rnd.randint(5, 200)),
            {"subject": "政府信息公开", "genre": "年度报告", "issuer": issuer, "script": "simplified"}, year)
for subject in rnd.sample(subject_names, 8):
    issuer, prefix, province = rnd.choice(ISSUERS)
    year = rnd.randint(2016, 2020)
    add("disclosure", "关于公开征求《%s%s管理办法（征求意见稿）》意见的公告" % (province.replace("全", ""), subject), "",
        "为提高政策制定的透明度和公众参与度，现将《%s管理办法（征求意见稿）》全文公布，征求社会各界意见。"
        "公众可通过电子邮件或信函提出意见，征求意见截止时间为%d年6月30日。" % (subject, year),
        {"subject": subject, "genre": "公告", "issuer": issuer, "script": "simplified"}, year)

# water reports
for river in RIVERS:
    year = rnd.randint(2014, 2020)
    month = rnd.choice([5, 6, 7, 8])
    add("water", "%s%d年%d月水情报告" % (river, year, month), "",
        "%d月以来，%s流域普降大到暴雨，干流水位持续上涨，%s站洪峰水位超警戒水位1.2米。各级防汛抗旱指挥部已启动Ⅳ级应急响应。"
        % (month, river, river[:2]), {"subject": "水情", "genre": "水情报告", "river": river, "script": "simplified"}, year)
for reservoir in RESERVOIRS:
    year = rnd.randint(2014, 2020)
    add("water", "%s水库%d年汛期调度运行情况报告" % (reservoir, year), "",
        "汛期%s水库最高库水位超过汛限水位0.8米，累计拦蓄洪水3.2亿立方米，削减洪峰40%%，下游未发生洪涝灾害。大坝及溢洪道运行正常。" % reservoir,
        {"subject": "水库调度", "genre": "报告", "reservoir": reservoir, "script": "simplified"}, year)
# forestry reports
for county in COUNTIES:
    year = rnd.randint(2014, 2020)
    add("forestry", "%s森林资源二类调查成果报告" % county, "",
        "%s林地面积%d公顷，森林覆盖率%d.%d%%，活立木蓄积量%d万立方米。调查发现松材线虫病疫点2处，已落实除治措施。"
        % (county, rnd.randint(20000, 300000), rnd.randint(50, 85), rnd.randint(0, 9), rnd.randint(100, 2000)),
        {"subject": "森林资源", "genre": "调查报告", "county": county, "script": "simplified"}, year)
    add("forestry", "%s%d年护林员管理工作总结" % (county, year), "",
        "%s共聘用生态护林员%d名，落实巡护责任区，全年未发生重大森林火灾。" % (county, rnd.randint(100, 900)),
        {"subject": "护林员", "genre": "总结", "county": county, "script": "simplified"}, year)

# Traditional-script documents (e.g. copies received from Hong Kong and Macao counterparts).
for doc in rnd.sample([d for d in docs if d["module"] == "documents"], 30):
    copy = dict(doc)
    copy["title"] = s2t(doc["title"])
    copy["body"] = s2t(doc["body"])
    copy["documentNumber"] = ""
    copy["script"] = "traditional"
    copy["plainTitle"] = doc["title"]
    copy["id"] = "d%03d" % (len(docs) + 1)
    docs.append(copy)

by_id = {d["id"]: d for d in docs}
queries = []
def q(text, relevant, kind):
    relevant = sorted(set(relevant))
    assert relevant, text
    queries.append({"query": text, "relevant": relevant, "kind": kind})

def title_has(*parts, script=None):
    return [d["id"] for d in docs if all(p in d["title"] for p in parts) and (script is None or d["script"] == script)]

def subject_docs(subject):
    return [d["id"] for d in docs if d.get("subject") == subject]

for subject in subject_names:
    q(subject, subject_docs(subject), "subject")
# typed without spaces: subject + genre, province + subject + 会议, year + subject
for subject in subject_names[:10]:
    genre_docs = [d for d in docs if d.get("subject") == subject and d["genre"] in ("通知", "报告", "纪要", "通报")]
    if genre_docs:
        genre = genre_docs[0]["genre"]
        q(subject + genre, [d["id"] for d in genre_docs if d["genre"] == genre], "no-space")
for subject in subject_names:
    meeting = [d for d in docs if d.get("subject") == subject and "工作会议" in d.get("plainTitle", d["title"])]
    if meeting:
        q(subject + "会议", [d["id"] for d in meeting], "no-space")
for subject in ["防汛抗旱", "森林防火", "安全生产", "水土保持"]:
    for d in docs:
        if d.get("subject") == subject and d["script"] == "simplified" and "年" in d["title"] and d["title"].find("20") >= 0:
            year = d["title"][d["title"].find("20"):d["title"].find("20") + 4]
            q(year + "年" + subject, [x["id"] for x in docs if x.get("subject") == subject and year + "年" in x.get("plainTitle", x["title"])], "no-space")
            break
# traditional-character queries
for subject in ["森林防火", "电子政务", "农村饮水安全", "湿地保护", "林业有害生物防治", "河长制", "地质灾害防治",
                "水库安全度汛", "野生动物保护", "集体林权制度改革", "水资源管理", "扶贫开发"]:
    q(s2t(subject), subject_docs(subject), "traditional")
q(s2t("护林员"), [d["id"] for d in docs if "护林员" in d["title"] or "護林員" in d["title"]], "traditional")
q(s2t("水情报告"), [d["id"] for d in docs if d["genre"] == "水情报告"], "traditional")
# document numbers, whole and in part
numbered = [d for d in docs if d["documentNumber"]]
for d in rnd.sample(numbered, 16):
    q(d["documentNumber"], [d["id"]], "number")
for d in rnd.sample(numbered, 4):
    num = d["documentNumber"]
    tail = num[num.index("〕") + 1:]
    head = num[:num.index("〕") + 1]
    q(head + tail.replace("号", "") + "号", [d["id"]], "number")  # the same, rewritten
for prefix in ["桂政发", "甘林发", "闽水"]:
    q(prefix, [d["id"] for d in docs if d["documentNumber"].startswith(prefix)], "number")
# one character
for ch in ["汛", "灾", "旱", "湿", "林"]:
    tch = s2t(ch)
    q(ch, [d["id"] for d in docs if ch in d["title"] or tch in d["title"]], "one-character")
# broad
for term in ["通知", "报告", "人民政府", "工作会议", "水库"]:
    tterm = s2t(term)
    q(term, [d["id"] for d in docs if term in d["title"] or tterm in d["title"]], "broad")
# places and things named in the text
for river in RIVERS[:4]:
    q(river + "水情", [d["id"] for d in docs if d.get("river") == river], "named")
for reservoir in RESERVOIRS[:4]:
    q(reservoir + "水库", [d["id"] for d in docs if d.get("reservoir") == reservoir], "named")
for county in COUNTIES[:4]:
    q(county + "护林员", [d["id"] for d in docs if d.get("county") == county and d["subject"] == "护林员"], "named")

out = {"description": "GovDesk search relevance set: generated by make_corpus.py (seed 20240609); "
                      "relevant = the documents a clerk typing the query is looking for.",
       "documents": [{k: d[k] for k in ("id", "module", "type", "title", "documentNumber", "body", "updatedAt")} for d in docs],
       "queries": queries}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.json")
with open(path, "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
from collections import Counter
print(len(docs), "documents,", len(queries), "queries", Counter(x["kind"] for x in queries), file=sys.stderr)
