"""Session 31 (types31): one found act, the type its object decides, in invented sentences: a protest or revolt
crushed or put down is violent repression (175, ASSAULT), opposition crushed or unrest quelled stays coercion (170);
a state blocking or forbidding a company's takeover imposes an economic measure (163, SANCTION), a bill or an arms
sale blocked is refused (12x); battalions or reinforcements flown in are a deployment (154), goods flown in are
aid; an invitation to come or to attend is an offer to meet (036), one to act otherwise an appeal; a peace deal quit
or suspended is a settlement rejected (127), other pacts quit cut ties (160)."""

from lonesentences import act_table_tests

# (sentence, PLOVER type wanted, CAMEO code it starts with), each coded alone through the whole pipeline
FOUND = [
    ("Riot police crushed the march in the capital on Sunday.", "ASSAULT", "175"),
    ("Loyal troops put down the mutiny by mid-morning.", "ASSAULT", "175"),
    ("The army put down the rebellion in the eastern provinces.", "ASSAULT", "175"),
    ("The president crushed the opposition ahead of the vote.", "COERCE", "170"),
    ("The junta quelled the unrest in the north.", "COERCE", "170"),
    ("The British government blocked the takeover of a Welsh chipmaker by a Chinese-owned group.", "SANCTION", "163"),
    ("Regulators in Brussels prohibited the acquisition of a Dutch port operator by a Chinese state firm.",
     "SANCTION", "163"),
    ("The Senate blocked the sale of fighter jets to Turkey.", "REJECT", "12"),
    ("The alliance flew in a reserve battalion to the border town after the clashes.", "MOBILIZE", "154"),
    ("Paris flew in reinforcements to the island after the riots.", "MOBILIZE", "154"),
    ("Lula invited Prabowo to attend the climate summit in Belem.", "AGREE", "036"),
    ("Washington invited the Kenyan president to come to the White House next month.", "AGREE", "036"),
    ("The mayor invited the court to reconsider its ruling.", "REQUEST", "02"),
    ("Mali withdrew from the Algiers peace accord in January.", "REJECT", "127"),
    ("Thailand suspended the peace declaration with Cambodia in November.", "REJECT", "127"),
    ("Washington withdrew from the nuclear deal with Iran.", "SANCTION", "160"),
    ("Russia quit the arms treaty with the United States.", "SANCTION", "160"),
]

# the same words of another act or of none: (sentence, CAMEO code that must not be coded)
NOT_FOUND = [
    ("The government crushed dissent after the election.", "175"),
    ("The army quelled the protests in the capital.", "175"),
    ("Congress blocked the appointment of the new ambassador.", "163"),
    ("The airline flew in spare parts for the grounded jets.", "154"),
    ("The mayor invited the court to reconsider its ruling.", "036"),
    ("The government suspended the trade agreement with its neighbour.", "127"),
]

test_the_act_is_coded, test_the_same_words_of_another_act_are_not = act_table_tests(FOUND, NOT_FOUND)
