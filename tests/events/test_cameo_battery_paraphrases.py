"""Session 20 (acts20): the acts the CAMEO battery (data/cameo_acts_cases.yaml) found the lexicon or the parse
missing, in invented sentences of other wording than the battery's, each coded alone through the whole pipeline;
and the same words of no political act."""

from lonesentences import act_table_tests

# (sentence, PLOVER type wanted, CAMEO code it starts with)
FOUND = [
    # "down" hung on the verb as an adverb closes "step down" (for that verb only)
    ("The defence minister stepped down after the procurement scandal.", "CONCEDE", "08"),
    # a phrasal verb's closing preposition hung on its particle
    ("The rebels pulled out of the negotiations in Doha.", "SANCTION", "164"),
    ("The opposition walked out of the dialogue with the junta.", "SANCTION", "164"),
    # economic curbs dropped are eased
    ("Beijing dropped its duties on Australian barley.", "RETREAT", "085"),
    # a norm or an order defied
    ("Thousands of residents defied the curfew in the capital.", "REJECT", "128"),
    ("The governor ignored the court order to reopen the schools.", "REJECT", "128"),
    # weapons handed in
    ("Former rebels turned in their rifles at a ceremony in the north.", "RETREAT", "087"),
    ("Police enforced a curfew across the region.", "COERCE", "172"),
    ("Germany slashed its aid to the UN agency.", "SANCTION", "162"),
    ("The Turkish government delivered blankets and fuel to flood victims in Libya.", "AID", "07"),
    # a part or a count of the object
    ("Japan cancelled a third of Laos's debt.", "AID", "071"),
    ("Extra riot police were drafted in for the election.", "MOBILIZE", "153"),
    # an act undergone by the subject of "escape"
    ("The president escaped an ambush on his convoy.", "ASSAULT", "19"),
    ("Insurgents set off a roadside bomb near the army base.", "ASSAULT", "18"),
    ("Three Russian diplomats were declared persona non grata by Poland.", "SANCTION", "166"),
    # drills by one side show force; joint drills are cooperation
    ("Iran held naval drills in the Gulf.", "MOBILIZE", "150"),
    ("Egypt and Saudi Arabia held joint drills in the Red Sea.", "COOPERATE", "062"),
    ("The nurse was granted asylum in Canada.", "AID", "075"),
    # a lynching is a killing, whoever does it; killed with a blade or stones
    ("An angry crowd lynched a police informer in the market.", "ASSAULT", "1823"),
    ("Militiamen stabbed two aid workers to death.", "ASSAULT", "1823"),
    # an airdrop
    ("Egyptian army helicopters dropped medicine and food aid over the cut-off villages.", "AID", "07"),
    ("Iranian and Saudi negotiators haggled over the wording of the communique.", "CONSULT", "046"),
]

# the same words of no such act: (sentence, PLOVER type that must not be coded)
NOT_FOUND = [
    ("The coach stepped down after ten years at the club.", "CONCEDE"),
    ("The actor stepped down from the lead role.", "CONCEDE"),
    ("Investors wrote off half of their stake.", "AID"),
    ("Students pulled out of the debate.", "SANCTION"),
    ("The team held drills before the match.", "COOPERATE"),
    ("The striker escaped a yellow card.", "ASSAULT"),
    ("The fireworks were set off at midnight.", "ASSAULT"),
    # a market that rallies protests nothing
    ("Bank shares rallied on Wednesday after the rate cut.", "PROTEST"),
    ("The euro rallied against the dollar.", "PROTEST"),
    ("The minister dropped his plan to run for mayor.", "AID"),
]


test_the_act_is_coded, test_the_same_words_of_no_act_are_not = act_table_tests(FOUND, NOT_FOUND, not_found_by="plover")
