# Tests of the 依申请公开 part: one executable per class or feature.
foreach(test disclosurerequest requestworkflow requestsupervision annualreport replynotice requestsdemodata)
    govdesk_add_test(tst_${test} SOURCES tst_${test}.cpp LIBS govdesk-disclosure-core LABELS disclosure)
endforeach()
# On a real encrypted profile: migrations, projection, to-dos, demo data.
govdesk_add_test(tst_requestsstore SOURCES tst_requestsstore.cpp LIBS govdesk-disclosure-core LABELS disclosure)
# The PDFs, read back with pdftotext (poppler-utils).
govdesk_add_test(tst_disclosureprint SOURCES tst_disclosureprint.cpp
                 LIBS govdesk-disclosure-core govdesk-disclosure-print LABELS disclosure)
