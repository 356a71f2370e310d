"""Session 32 (types32): one found act, the type it gets, in invented sentences: consent denied in any tense turns
down what was offered ("did not accept the invitation": REJECT), where other acts not done stay negated; a claim
disputed is denied (016, REJECT), a result disputed is contested in words (110); goods flown in somewhere are aid,
not a trip; a court's judgement overturned is rejected (REJECT 120), a measure reversed is given up (CONCEDE 080)."""

from lonesentences import act_table_tests

# (sentence, PLOVER type wanted, CAMEO code it starts with), each coded alone through the whole pipeline
FOUND = [
    ("The White House did not accept the invitation.", "REJECT", "12"),
    ("The rebels have not accepted the ceasefire proposal.", "REJECT", "12"),
    ("Moscow will not accept the offer.", "REJECT", "12"),
    ("The ministry disputed that account.", "REJECT", "016"),
    ("The government disputed the claims by rights groups.", "REJECT", "016"),
    ("The opposition disputed the election result.", "ACCUSE", "110"),
    ("Turkey flew in medical supplies to Gaza.", "AID", "07"),
    ("The minister flew to Gaza.", "CONSULT", "042"),
    ("The Supreme Court overturned the conviction of a former minister.", "REJECT", "120"),
    ("The president reversed the ban on rallies.", "CONCEDE", "080"),
]

# the same words of another act or of none: (sentence, CAMEO code that must not be coded)
NOT_FOUND = [
    ("The White House did not accept the invitation.", "036"),
    ("Kenya did not accept responsibility for the attack.", "120"),
    ("Moscow did not sign the agreement.", "120"),
    ("The ministry disputed that account.", "110"),
    ("Turkey flew in medical supplies to Gaza.", "042"),
    ("The Supreme Court overturned the conviction of a former minister.", "080"),
    ("The council overturned its decision to close the library.", "120"),
]

test_the_act_is_coded, test_the_same_words_of_no_act_are_not = act_table_tests(FOUND, NOT_FOUND)
