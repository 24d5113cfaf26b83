"""Reportability (``extract.reportable``, issue 10) on whole articles written for these tests: statements are never
violent events and their speaker is never the actor, cumulative tolls are article-level toll reports, generic
sentences and what did not happen are not events, and ``sitroom extract --mentions`` says why.

The articles are invented wire copy (7 sentences, so that they are read as whole articles, not as a coder's note)
about real towns of the GeoNames cities500 gazetteer. The expectations come from the ACLED codebook (an event is a
specific occurrence on a date at a place; fatalities are the event's own), PLOVER (a statement is a verbal event of
its speaker) and the linguistics of genericity and modality, not from any gold record.
"""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Callable
from typing import Any

import pytest

from sitroom.cli import main
from sitroom.model import Event
from sitroom.pipeline import Context
from tests.article_cases import context_runner, violent

ARTICLES: dict[str, tuple[str, str]] = {
    # statements about one attack: a governor, the UN, a lawmaker; the police only report it
    "statements-damboa": (
        "2024-03-06",
        "Gunmen killed six farmers in an attack on a village near Damboa on Monday, police said. "
        "The attackers arrived on motorcycles and set fire to several homes. "
        "The state governor condemned the attack and promised to find those responsible. "
        "The United Nations urged the warring parties to protect civilians. "
        "An opposition lawmaker called the killings terrorism. "
        "Residents said many families had fled to Maiduguri. "
        "Soldiers were deployed to the area on Tuesday.",
    ),
    "statements-kutum": (
        "2024-05-14",
        "An air strike hit a crowded market in Kutum on Sunday, killing 14 people, witnesses said. "
        "Smoke rose over the town for hours after the strike. "
        "The foreign ministry of a neighbouring country condemned the strike in a statement. "
        "The African Union urged the warring parties to return to talks in Jeddah. "
        "A rebel spokesman called the strike a war crime. "
        "Aid agencies said they could not reach the wounded. "
        "The town has been besieged for weeks.",
    ),
    "statements-mopti": (
        "2024-08-21",
        "A roadside bomb killed three soldiers near Mopti on Tuesday, the army said. "
        "The bomb struck a patrol vehicle on the road to Douentza. "
        "The prime minister called the bombing an act of terrorism. "
        "The European Union condemned the attack and offered its condolences. "
        "Human rights groups urged the authorities to protect civilians in the region. "
        "No group has claimed responsibility. "
        "The army said it had reinforced its positions.",
    ),
    "statements-beledweyne": (
        "2024-03-12",
        "Al-Shabaab fighters attacked a military base near Beledweyne on Monday, a police officer told reporters. "
        "The militants used car bombs and rifles in the assault. "
        "The government condemned the attack. "
        "The United States called the attack cowardly. "
        "The African Union urged all parties to respect civilian lives. "
        "Residents said gunfire could be heard for hours. "
        "The base was later retaken by troops.",
    ),
    "statements-mayor": (
        "2024-02-20",
        "Unknown gunmen killed three herders near Mopti on Sunday, the mayor said. "
        "The attackers fled on motorbikes. "
        "The mayor condemned the killings and asked the army for help. "
        "A government spokesman said troops had been sent to the area. "
        "Residents said the village had been attacked before. "
        "Many families were leaving for Mopti. "
        "Markets in the district were closed.",
    ),
    # cumulative tolls beside a point event
    "toll-kupiansk": (
        "2024-02-09",
        "Shelling killed four civilians in Kupiansk on Thursday, local officials said. "
        "A shell struck a residential building in the centre of the town. "
        "Two children were among the wounded. "
        "The latest deaths bring the death toll since the war began to 8,000, according to the regional "
        "administration. "
        "Officials urged residents to leave the area. "
        "Repair crews worked through the night. "
        "The town lies close to the front line.",
    ),
    "toll-monywa": (
        "2021-04-12",
        "Security forces shot dead two protesters in Monywa on Saturday, witnesses said. "
        "Hundreds of people had gathered in the town to march against military rule. "
        "Soldiers fired live rounds into the crowd. "
        "At least 400 people have been killed since the coup, according to a monitoring group. "
        "Many protesters have fled to rural areas. "
        "Internet access remains restricted across the country. "
        "Further protests are planned for next week.",
    ),
    "toll-katsina": (
        "2024-08-02",
        "Gunmen killed seven villagers in an attack near Katsina on Wednesday, police said. "
        "The attackers also abducted 12 women. "
        "The killings raised the number of people killed in the state this year to 350, according to local "
        "officials. "
        "Residents said the gunmen came on motorbikes. "
        "The state government has banned the sale of fuel in jerrycans. "
        "Police said they were pursuing the attackers. "
        "Two suspects were arrested on Thursday.",
    ),
    "toll-rafah": (
        "2024-01-17",
        "An air strike killed nine people in Rafah on Tuesday, health officials said. "
        "The strike hit a house where two families had taken shelter. "
        "The health ministry said more than 24,000 people had been killed in the territory since the war began. "
        "Another 60,000 have been wounded, it said. "
        "Aid agencies said hospitals were overwhelmed. "
        "The strike came as talks on a truce continued. "
        "Residents said they had nowhere safe to go.",
    ),
    "toll-kramatorsk": (
        "2024-02-09",
        "A missile strike killed four people in Kramatorsk on Thursday, bringing the death toll in the region "
        "since the war began to 8,000, officials said. "
        "The missile hit a block of flats near the railway station. "
        "Rescuers searched the rubble through the night. "
        "The regional governor urged residents to stay in shelters. "
        "Power was cut in parts of the city. "
        "Schools moved lessons online. "
        "Officials said repairs would take weeks.",
    ),
    # generic (habitual, class) sentences
    "generic-garissa": (
        "2024-07-02",
        "Gunmen ambushed a bus near Garissa on Sunday, killing two passengers, police said. "
        "The bus was travelling to Nairobi. "
        "Militants often attack convoys on this road. "
        "Bandits regularly kidnap travellers along the highway. "
        "Police said they had arrested one suspect on Monday. "
        "The injured were taken to hospital in Garissa. "
        "Traffic on the road resumed on Monday afternoon.",
    ),
    "generic-only": (
        "2024-04-15",
        "Herders and farmers frequently clash over grazing land in the region. "
        "Armed groups usually target military posts during the rainy season. "
        "Bandits regularly kidnap travellers along the highway. "
        "Such attacks often go unreported. "
        "Analysts say the violence is driven by poverty. "
        "Many young men are recruited by the groups. "
        "The government says it is building new roads in the area.",
    ),
    "generic-kidal": (
        "2024-05-02",
        "Soldiers shot dead a suspected smuggler near Kidal on Tuesday, a local official said. "
        "Smugglers often cross the desert at night to avoid patrols. "
        "Militants sometimes lay mines on the tracks used by trucks. "
        "The army has deployed more troops to the area this year. "
        "Traders said fuel prices had doubled. "
        "The town has no electricity for most of the day. "
        "A new market opened last month.",
    ),
    # what did not happen, may happen or will happen
    "modality-butembo": (
        "2024-09-10",
        "Rebels threatened to attack the town of Butembo. "
        "The army did not shell the village of Kalunguta, a spokesman said. "
        "Residents said they feared the militia could attack Beni if talks fail. "
        "Troops will launch an offensive against the insurgents next week, the governor said. "
        "Schools in the area remained open. "
        "Traders said business was slow. "
        "Aid groups said they were preparing for new displacement.",
    ),
    "modality-garissa": (
        "2024-09-10",
        "Militants threatened to bomb schools in Garissa if they reopen. "
        "Police did not fire on the crowd, a spokesman said. "
        "The army may launch air strikes on rebel positions near Kidal. "
        "Residents feared that fighters would attack the market. "
        "Officials said no one was hurt. "
        "Schools remained closed on Tuesday. "
        "Parents said they were afraid.",
    ),
    "modality-note": (  # a short note: read as one event, still a threat and not an attack
        "2024-09-10",
        "Rebels threatened on Monday to attack Butembo, a spokesman said. "
        "Residents began to leave the town. "
        "Schools were closed.",
    ),
}


@pytest.fixture(scope="module")
def run(nlp: Any, geoparser: Any) -> Callable[[str], Context]:
    return context_runner(nlp, geoparser, ARTICLES)


def _show(events: list[Event]) -> str:
    return "\n".join(
        f"  {e.plover_event}/{e.acled_event_type}/{e.acled_sub_event_type or e.non_acled_type}"
        f" actor1={e.actor1.name if e.actor1 else None} date={e.date} ({e.date_anchor})"
        f" killed={e.fatalities.killed} evidence={e.evidence.sentence!r}"
        for e in events
    )


def _told_in(e: Event, sentence: str) -> bool:
    return sentence in e.evidence.sentence


def _supported_by(e: Event, sentence: str) -> bool:
    return _told_in(e, sentence) or any(sentence in m.sentence for m in e.mentions)


def _texts_exist(key: str, *sentences: str) -> None:
    for s in sentences:
        assert s in ARTICLES[key][1], f"test data: {s!r} is not in {key}"


# --- statements: a verbal event of the speaker, never violence, the speaker never its actor -------------------


@pytest.mark.parametrize(
    ("key", "statement"),
    [
        ("statements-damboa", "The state governor condemned the attack and promised to find those responsible."),
        ("statements-damboa", "The United Nations urged the warring parties to protect civilians."),
        ("statements-damboa", "An opposition lawmaker called the killings terrorism."),
        ("statements-kutum", "The foreign ministry of a neighbouring country condemned the strike in a statement."),
        ("statements-kutum", "The African Union urged the warring parties to return to talks in Jeddah."),
        ("statements-kutum", "A rebel spokesman called the strike a war crime."),
        ("statements-mopti", "The prime minister called the bombing an act of terrorism."),
        ("statements-mopti", "The European Union condemned the attack and offered its condolences."),
        ("statements-beledweyne", "The United States called the attack cowardly."),
        ("statements-beledweyne", "The government condemned the attack."),
    ],
)
def test_reportable_statement_makes_no_violent_event_issue10(
    run: Callable[[str], Context], key: str, statement: str
) -> None:
    _texts_exist(key, statement)
    events = run(key).events
    violent_events = [e for e in events if _told_in(e, statement) and violent(e)]
    assert not violent_events, f"a statement became a violent event:\n{_show(violent_events)}"


@pytest.mark.parametrize(
    ("key", "speaker"),
    [
        ("statements-damboa", "Police Forces"),  # "..., police said": the police report the killing, gunmen did it
        ("statements-damboa", "United Nations"),
        ("statements-mopti", "European Union"),  # "The European Union condemned the attack": not the bomber
        ("generic-garissa", "Police Forces"),  # "Gunmen ambushed a bus ..., police said"
        ("toll-katsina", "Police Forces"),  # "Gunmen killed seven villagers ..., police said"
        ("statements-beledweyne", "Police Forces"),  # "..., a police officer told reporters"
        ("statements-beledweyne", "Government of United States"),  # "The United States called the attack cowardly"
        ("statements-mayor", "Government of Mali"),  # "the mayor said", "the mayor condemned the killings"
    ],
)
def test_reportable_speaker_never_actor1_of_violence_issue10(
    run: Callable[[str], Context], key: str, speaker: str
) -> None:
    events = [e for e in run(key).events if violent(e)]
    assert events, "the article reports a violent event"
    wrong = [e for e in events if e.actor1 is not None and e.actor1.name.startswith(speaker)]
    assert not wrong, f"the speaker {speaker!r} is actor1 of a violent event:\n{_show(wrong)}"


@pytest.mark.parametrize(
    ("key", "source"),
    [
        ("statements-damboa", "police"),
        ("statements-mopti", "the army"),
        ("statements-beledweyne", "a police officer"),
        ("generic-garissa", "police"),
        ("toll-monywa", "witnesses"),
        ("toll-rafah", "health officials"),
    ],
)
def test_reportable_source_recorded_in_frame_issue10(run: Callable[[str], Context], key: str, source: str) -> None:
    """The reporting clause of the lead ("..., police said") is the lead mention's source."""
    lead = [f for f in run(key).mentions if f.sentence == 0 and f.etype.plover == "ASSAULT"]
    assert lead, "the lead reports violence"
    assert source in {f.source for f in lead}, [(f.trigger.text, f.source) for f in lead]


# --- cumulative tolls: an article-level toll report, never an event's fatalities --------------------------------


TOLLS = [
    ("toll-kupiansk", 4, 8000),
    ("toll-monywa", 2, 400),
    ("toll-katsina", 7, 350),
    ("toll-rafah", 9, 24000),
    ("toll-kramatorsk", 4, 8000),
]


@pytest.mark.parametrize(("key", "own", "cumulative"), TOLLS)
def test_reportable_cumulative_toll_not_in_fatalities_issue10(
    run: Callable[[str], Context], key: str, own: int, cumulative: int
) -> None:
    events = run(key).events
    carrying = [
        e
        for e in events
        if cumulative in (e.fatalities.killed, e.fatalities.killed_low, e.fatalities.killed_high, e.fatalities.injured)
    ]
    assert not carrying, f"an event carries the cumulative toll {cumulative}:\n{_show(carrying)}"
    assert any(e.fatalities.killed == own for e in events if violent(e)), (
        f"no violent event keeps its own toll {own}:\n{_show(events)}"
    )


@pytest.mark.parametrize(
    ("key", "cumulative"),
    [
        ("toll-kupiansk", 8000),
        ("toll-monywa", 400),
        ("toll-katsina", 350),
        ("toll-rafah", 24000),  # a war's total (10,000 and more) is read for the toll report
        ("toll-kramatorsk", 8000),
    ],
)
def test_reportable_cumulative_toll_reported_issue10(run: Callable[[str], Context], key: str, cumulative: int) -> None:
    tolls = run(key).tolls
    assert any(t.killed == cumulative for t in tolls), [(t.killed, t.sentence) for t in tolls]


@pytest.mark.parametrize(
    ("key", "sentence"),
    [
        ("toll-kupiansk", "The latest deaths bring the death toll since the war began to 8,000"),
        ("toll-monywa", "At least 400 people have been killed since the coup"),
        ("toll-katsina", "The killings raised the number of people killed in the state this year to 350"),
        ("toll-rafah", "more than 24,000 people had been killed in the territory since the war began"),
    ],
)
def test_reportable_cumulative_sentence_makes_no_event_issue10(
    run: Callable[[str], Context], key: str, sentence: str
) -> None:
    _texts_exist(key, sentence)
    events = [e for e in run(key).events if _told_in(e, sentence)]
    assert not events, f"a cumulative toll became an event:\n{_show(events)}"


# --- generic sentences: habitual or class statements are never events ------------------------------------------


@pytest.mark.parametrize(
    ("key", "sentence"),
    [
        ("generic-garissa", "Militants often attack convoys on this road."),
        ("generic-garissa", "Bandits regularly kidnap travellers along the highway."),
        ("generic-only", "Herders and farmers frequently clash over grazing land in the region."),
        ("generic-only", "Armed groups usually target military posts during the rainy season."),
        ("generic-only", "Such attacks often go unreported."),
        # transitive "lay" is the present of "lay", not the past of "lie"
        ("generic-kidal", "Militants sometimes lay mines on the tracks used by trucks."),
    ],
)
def test_reportable_generic_sentence_makes_no_event_issue10(
    run: Callable[[str], Context], key: str, sentence: str
) -> None:
    _texts_exist(key, sentence)
    ctx = run(key)
    events = [e for e in ctx.events if _supported_by(e, sentence)]
    assert not events, f"a generic sentence supports an event:\n{_show(events)}"
    here = [f for f in ctx.mentions if sentence in f.sent_text]
    assert all(f.decision == "dropped" for f in here), [(f.trigger.text, f.decision, f.reason) for f in here]


def test_reportable_generic_article_has_no_violent_event_issue10(run: Callable[[str], Context]) -> None:
    events = [e for e in run("generic-only").events if violent(e)]
    assert not events, _show(events)


# --- modality: what did not happen, may happen or will happen is not violence ------------------------------------


@pytest.mark.parametrize(
    ("key", "sentence"),
    [
        ("modality-butembo", "Rebels threatened to attack the town of Butembo."),
        ("modality-butembo", "The army did not shell the village of Kalunguta, a spokesman said."),
        ("modality-butembo", "Residents said they feared the militia could attack Beni if talks fail."),
        ("modality-butembo", "Troops will launch an offensive against the insurgents next week, the governor said."),
        ("modality-garissa", "Police did not fire on the crowd, a spokesman said."),
        ("modality-garissa", "The army may launch air strikes on rebel positions near Kidal."),
        # a coder's note too: a threat of an attack is PLOVER THREATEN with no ACLED type
        ("modality-note", "Rebels threatened on Monday to attack Butembo, a spokesman said."),
    ],
)
def test_reportable_not_asserted_makes_no_violent_event_issue10(
    run: Callable[[str], Context], key: str, sentence: str
) -> None:
    _texts_exist(key, sentence)
    violent_events = [e for e in run(key).events if _told_in(e, sentence) and violent(e)]
    assert not violent_events, f"a mention that did not happen became a violent event:\n{_show(violent_events)}"


@pytest.mark.parametrize(
    ("key", "sentence"),
    [
        ("modality-butembo", "The army did not shell the village of Kalunguta, a spokesman said."),
        ("modality-garissa", "Police did not fire on the crowd, a spokesman said."),
        ("toll-monywa", "Further protests are planned for next week."),
        ("statements-mopti", "No group has claimed responsibility."),
    ],
)
def test_reportable_not_asserted_makes_no_event_issue10(run: Callable[[str], Context], key: str, sentence: str) -> None:
    _texts_exist(key, sentence)
    events = [e for e in run(key).events if _told_in(e, sentence)]
    assert not events, f"a mention that did not happen became an event:\n{_show(events)}"


# --- the audit: sitroom extract --mentions ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def audit(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    """What ``sitroom extract --mentions`` prints for four of the articles (run once)."""
    path = tmp_path_factory.mktemp("issue10") / "articles.jsonl"
    keys = ("statements-damboa", "toll-kupiansk", "generic-garissa", "modality-butembo")
    lines = [json.dumps({"id": f"issue10-{k}", "published": ARTICLES[k][0], "text": ARTICLES[k][1]}) for k in keys]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["extract", str(path), "--mentions", "--quiet"]) == 0
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_cli_extract_mentions_decisions_issue10(audit: list[dict[str, Any]]) -> None:
    mentions = [r for r in audit if r["record"] == "mention"]
    assert {r["article_id"] for r in mentions} == {
        "issue10-statements-damboa",
        "issue10-toll-kupiansk",
        "issue10-generic-garissa",
        "issue10-modality-butembo",
    }
    assert {r["decision"] for r in mentions} == {"kept", "merged", "dropped"}
    by_index = {(r["article_id"], r["mention"]): r for r in mentions}
    for r in mentions:
        assert r["sentence"] and r["trigger"], r
        if r["decision"] == "dropped":
            assert r["reason"].strip(), f"a dropped mention without a reason: {r}"
        if r["decision"] == "merged":  # merged into the event of a kept mention of the same article
            head = by_index.get((r["article_id"], r["merged_into"]))
            assert head is not None and head["decision"] == "kept", (r, head)


@pytest.mark.parametrize(
    ("article_id", "sentence", "reason"),
    [
        ("issue10-generic-garissa", "Militants often attack convoys on this road.", "generic"),
        ("issue10-toll-kupiansk", "The latest deaths bring the death toll", "cumulative"),
        ("issue10-modality-butembo", "The army did not shell the village", "negated"),
        ("issue10-statements-damboa", "The state governor condemned the attack", "weak"),
    ],
)
def test_cli_extract_mentions_reasons_issue10(
    audit: list[dict[str, Any]], article_id: str, sentence: str, reason: str
) -> None:
    here = [
        r for r in audit if r["record"] == "mention" and r["article_id"] == article_id and sentence in r["sentence"]
    ]
    assert any(reason in r["reason"] for r in here), [(r["trigger"], r["decision"], r["reason"]) for r in here]


def test_cli_extract_mentions_toll_reports_issue10(audit: list[dict[str, Any]]) -> None:
    tolls = [r for r in audit if r["record"] == "toll_report"]
    assert [(t["article_id"], t["killed"]) for t in tolls] == [("issue10-toll-kupiansk", 8000)]
    assert "since the war began" in tolls[0]["sentence"]
