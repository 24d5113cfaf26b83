"""Rules read from set 69 of whole articles about other wars (issue 10, stop 67), each on invented articles: force on
a crowd told in a lead's "two days after" clause; a closure told a day after a blast is no blast; a strike that
passed off calmly is not "the rioting" told next; a witness's quoted words of the force are the demonstration's;
"that Wednesday" is the Wednesday just told; troops marching on a capital are no demonstration; the city a man was
once mayor of is no scene; "none of the men has been arrested" denies the arrest, not the attack it counts from;
"The march was ..." takes the story back to the day of the march; a meeting held in defiance of a ban is a
demonstration; "on the eve of that battle"; rifle fire; a village told as lying a distance from a town, and a lead
placed only as lying off that town; a state of emergency declared with powers of arrest; a strike a ministry says
agitators "had turned into an attack"; the day of invaders beaten off; a council's consent; fighters captured in a
fight; the men of an armed body."""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.extract.events import find_triggers
from tests.article_cases import MORE, PAD, acled_in, context_runner, show_events

pytestmark = pytest.mark.slow

ARTICLES = {
    # force on a crowd, told in the clause that dates the lead's statement
    "palace": (
        "1985-03-18",
        "ABIDJAN, March 18 - Opposition leaders said on Monday that they would boycott the talks, two days after"
        " presidential guards opened fire on thousands of people marching on the palace in Bouake." + PAD + MORE,
    ),
    # a closure a day after a blast: the closure is no blast
    "closure": (
        "1977-05-10",
        "NAIROBI, May 10 - The government closed the university in Nairobi on Tuesday, a day after soldiers blew up"
        " the offices of the student union." + PAD + MORE,
    ),
    # a strike that passed off calmly, then "the rioting" of the story
    "calm": (
        "1984-01-08",
        "TUNIS, Jan 8 - Crowds burned shops and cars in Gafsa on Saturday, and police opened fire, killing nine"
        " people, officials said. An earlier strike called by the teachers' union for Wednesday passed off largely"
        " without trouble. The rioting was the worst in the country for six years." + PAD + MORE,
    ),
    # a witness's own words of the force, paragraphs after the demonstration met with force
    "witness": (
        "1999-12-03",
        "MANILA, Dec 3 - Police fired tear gas and rubber bullets at thousands of farmers marching on the agriculture"
        " ministry in Quezon City on Wednesday, wounding dozens of them, organisers said.\n\nThe farmers had walked"
        " for three weeks from their provinces. Organisers said two of them were still in hospital. The ministry"
        ' said it would meet their leaders next week.\n\n"The police fired at us from across the road. We had no'
        ' stones, only our banners," said a rice farmer from Nueva Ecija who was at the march.' + PAD + MORE,
    ),
    # "that Wednesday": the Wednesday just told, a week before the report
    "that_day": (
        "1980-10-22",
        "LA PAZ, Oct 22 - The coup began on Wednesday of last week, when soldiers entered the cabinet room and detained"
        " three ministers. That Wednesday evening, troops fired on crowds that had gathered in the Plaza Murillo to"
        " denounce the coup, killing four people, doctors said." + PAD + MORE,
    ),
    # troops marching on a capital, told after the coup they came to end
    "columns": (
        "1973-09-04",
        "SANTIAGO, Sept 4 - The rebel officers who seized the radio station on Saturday surrendered on Monday.\n\n"
        "Army units from garrisons in the south had marched on the capital on Sunday and called on the rebels to"
        " lay down their arms, raising fears of a battle in the city's streets." + PAD + MORE,
    ),
    # where the president was once governor, told in the paragraph of the crisis's first protests
    "governor": (
        "2005-04-22",
        "QUITO, April 22 - Thousands of people marched through the centre of Quito on Thursday to demand the"
        " president's resignation, police said.\n\nThe crisis began on December 8, when Congress voted to replace"
        " the supreme court over allegations, which the judges deny, that they had favoured his rivals when he was"
        " mayor of the port city of Guayaquil. On Monday police used tear gas to break up a march on the Congress"
        " building." + PAD + MORE,
    ),
    # nobody arrested for an attack counted from
    "none_arrested": (
        "1991-06-20",
        "SAN SALVADOR, June 20 - A week after the attack on the union offices in Soyapango on June 13, none of the"
        " men who carried out the raid has been named or arrested." + PAD + MORE,
    ),
    # a feature: the march named again takes the story back to its day
    "feature": (
        "1975-04-30",
        "CARACAS, April 30 - A broken banner still hangs from a lamp post near the university gate. Five days after"
        " the attack on the student march of April 25, the police have named no suspect. On Tuesday the city's"
        " police chief resigned.\n\nThe march was the largest student demonstration in the capital for a decade."
        " Gunmen fired at students who fled into side streets, witnesses said." + PAD + MORE,
    ),
    # a banned meeting, broken up by gendarmes
    "banned": (
        "1936-06-22",
        "BRUSSELS, June 22 - Three miners were shot dead on Sunday at Jemeppe, near Liege. Several thousand people"
        " had gathered in the square for a meeting called by local Socialists in defiance of a ban on public"
        " meetings, and gendarmes opened fire when stones were thrown." + PAD + MORE,
    ),
    # a port taken on the eve of the battle just told, a week and more before the report
    "eve": (
        "1948-04-20",
        "SAN SALVADOR, April 20 - The government and the rebels signed a truce on Monday. The rebels took the town of"
        " Santa Ana on April 9 after a day of fighting. On the eve of that battle, a rebel column seized the port of"
        " Acajutla." + PAD + MORE,
    ),
    # a ruler shot on the road off his capital, the ambush told at a village measured from it
    "ambush": (
        "1958-07-16",
        "ADEN, July 16 - The sultan was shot dead on Tuesday on the road north of his capital, Mukalla, travellers"
        " said. His car was stopped at Dhubaira, a village about 12 km north of Mukalla, and was raked with rifle"
        " fire from the hillside." + PAD + MORE,
    ),
    # a state of emergency declared with the powers of arrest it gives
    "emergency": (
        "1971-04-08",
        "COLOMBO, April 8 - Mobs burned shops in Kandy on Monday, police said. On Tuesday evening the governor-general"
        " declared a state of emergency over the whole island, imposed a curfew and gave the army powers of arrest."
        + PAD
        + MORE,
    ),
    # a ministry's account of the riot, told as what agitators had turned a strike into
    "blamed": (
        "1984-01-09",
        "RABAT, Jan 9 - Crowds stoned police and burned banks in Fez on Saturday, officials said. On Sunday police"
        " detained dozens of people in house-to-house searches, residents said. The interior ministry blamed"
        " agitators who it said had turned a strike into an attack on property." + PAD + MORE,
    ),
    # the fight with invaders, dated by the clause that tells when they came
    "invaders": (
        "1970-11-23",
        "DAKAR, Nov 23 - Guinea said on Monday that its army had beaten off invaders who came ashore from ships at"
        " Conakry before dawn on Sunday." + PAD + MORE,
    ),
    # a council that agrees to send a mission, and fighters taken in a fight
    "council": (
        "1990-05-04",
        "UNITED NATIONS, May 4 - The Security Council met in emergency session on Sunday night and agreed to send a"
        " special mission to Colombia. In Colombia, troops killed ten rebels and captured five others near Florencia"
        " on Monday, the army said." + PAD + MORE,
    ),
    # the men of an armed body fight as that body
    "bodyguard": (
        "1960-12-15",
        "ADDIS ABABA, Dec 15 - Men of the Imperial Bodyguard fought army units in the capital on Wednesday, officials"
        " said." + PAD + MORE,
    ),
}


@pytest.fixture(scope="module")
def ctx_of(nlp: Any, geoparser: Any) -> Any:
    return context_runner(nlp, geoparser, ARTICLES)


def test_force_on_a_crowd_told_in_the_clause_that_dates_the_lead_is_one_demonstration(ctx_of: Any) -> None:
    ctx = ctx_of("palace")
    told = [(e.acled_sub_event_type, str(e.date)) for e in ctx.events if e.acled_event_type]
    assert told == [("Excessive force against protesters", "1985-03-16")], show_events(ctx)


def test_a_closure_a_day_after_a_blast_is_no_blast(ctx_of: Any) -> None:
    ctx = ctx_of("closure")
    told = [(e.acled_event_type, str(e.date)) for e in ctx.events if e.acled_event_type]
    assert told == [("Explosions/Remote violence", "1977-05-09")], show_events(ctx)


def test_a_strike_that_passed_off_calmly_is_not_the_rioting_told_next(ctx_of: Any) -> None:
    ctx = ctx_of("calm")
    strike = acled_in(ctx, "An earlier strike called by the teachers' union")
    assert [e.acled_sub_event_type for e in strike] == ["Peaceful protest"], show_events(ctx)


def test_a_witnesss_own_words_of_the_force_are_the_demonstrations(ctx_of: Any) -> None:
    ctx = ctx_of("witness")
    told = [e.acled_sub_event_type for e in ctx.events if e.acled_event_type]
    assert told == ["Excessive force against protesters"], show_events(ctx)


def test_that_wednesday_is_the_wednesday_just_told(ctx_of: Any) -> None:
    ctx = ctx_of("that_day")
    fired = acled_in(ctx, "That Wednesday evening, troops fired on crowds")
    assert [str(e.date) for e in fired] == ["1980-10-15"], show_events(ctx)


def test_troops_marching_on_the_capital_are_no_demonstration(ctx_of: Any) -> None:
    ctx = ctx_of("columns")
    assert not [e for e in ctx.events if e.acled_event_type == "Protests"], show_events(ctx)


def test_the_city_a_man_once_governed_is_no_scene(ctx_of: Any) -> None:
    ctx = ctx_of("governor")
    gas = acled_in(ctx, "On Monday police used tear gas to break up a march")
    assert [e.location and e.location.name for e in gas] == ["Quito"], show_events(ctx)


def test_none_arrested_denies_the_arrest_not_the_attack_it_counts_from(ctx_of: Any) -> None:
    ctx = ctx_of("none_arrested")
    assert not [e for e in ctx.events if e.acled_sub_event_type == "Arrests"], show_events(ctx)
    attack = acled_in(ctx, "A week after the attack on the union offices in Soyapango")
    assert [str(e.date) for e in attack] == ["1991-06-13"], show_events(ctx)


def test_the_march_named_again_takes_the_story_back_to_its_day(ctx_of: Any) -> None:
    ctx = ctx_of("feature")
    fired = acled_in(ctx, "Gunmen fired at students who fled into side streets")
    assert [str(e.date) for e in fired] == ["1975-04-25"], show_events(ctx)


def test_a_meeting_in_defiance_of_a_ban_is_a_demonstration(ctx_of: Any) -> None:
    ctx = ctx_of("banned")
    crowd = [e for e in ctx.events if e.acled_event_type in ("Protests", "Riots")]
    assert crowd, show_events(ctx)


def test_on_the_eve_of_that_battle_is_the_day_before_the_battle_told(ctx_of: Any) -> None:
    ctx = ctx_of("eve")
    port = acled_in(ctx, "On the eve of that battle, a rebel column seized the port")
    assert [str(e.date) for e in port] == ["1948-04-08"], show_events(ctx)


def test_a_village_told_by_its_distance_places_the_lead_told_off_the_town(ctx_of: Any, nlp: Any) -> None:
    ctx = ctx_of("ambush")
    told = [(e.acled_event_type, e.location and e.location.name) for e in ctx.events if e.acled_event_type]
    assert told == [("Violence against civilians", "Dhubaira")], show_events(ctx)
    kinds = [t.kind for s in nlp("The convoy was raked with rifle fire.").sents for t in find_triggers(s)]
    assert kinds == ["attack"]


def test_a_state_of_emergency_declared_with_powers_of_arrest_is_the_decree(ctx_of: Any) -> None:
    ctx = ctx_of("emergency")
    declared = acled_in(ctx, "On Tuesday evening the governor-general declared a state of emergency")
    assert [(e.acled_sub_event_type, str(e.date)) for e in declared] == [("Change to group/activity", "1971-04-06")], (
        show_events(ctx)
    )


def test_what_a_ministry_says_agitators_had_turned_a_strike_into_is_the_riot_told(ctx_of: Any) -> None:
    ctx = ctx_of("blamed")
    assert not acled_in(ctx, "The interior ministry blamed agitators"), show_events(ctx)
    crowds = [e.acled_event_type for e in ctx.events if e.acled_event_type in ("Riots", "Protests")]
    assert crowds == ["Riots"], show_events(ctx)


def test_the_fight_with_invaders_is_on_the_day_they_came(ctx_of: Any) -> None:
    ctx = ctx_of("invaders")
    told = [(e.acled_event_type, str(e.date)) for e in ctx.events if e.acled_event_type]
    assert told == [("Battles", "1970-11-22")], show_events(ctx)


def test_a_council_that_agrees_to_send_a_mission_and_fighters_taken_in_a_fight(ctx_of: Any) -> None:
    ctx = ctx_of("council")
    told = [(e.acled_event_type, e.acled_sub_event_type) for e in ctx.events if e.acled_event_type]
    assert told == [("Battles", "Armed clash")], show_events(ctx)


def test_the_men_of_an_armed_body_fight_a_battle_not_a_riot(ctx_of: Any) -> None:
    ctx = ctx_of("bodyguard")
    told = [(e.acled_sub_event_type, e.actor1 and e.actor1.acled_inter) for e in ctx.events if e.acled_event_type]
    assert told == [("Armed clash", 1)], show_events(ctx)
