# 依申请公开 (requests): model, workflow, 电子监察, store (projection + to-dos), annual report, demo
# data — added to the domain core; the 告知书 and report PDFs in a small QtGui library of their own.
target_sources(govdesk-disclosure-core PRIVATE
    ApplicantType.h ApplicantType.cpp
    ReplyType.h ReplyType.cpp
    DisclosureRequest.h DisclosureRequest.cpp
    RequestWorkflow.h RequestWorkflow.cpp
    RequestSupervision.h RequestSupervision.cpp
    RequestsStore.h RequestsStore.cpp
    ReplyNotice.h ReplyNotice.cpp
    AnnualReport.h AnnualReport.cpp
    AnnualReportStore.h AnnualReportStore.cpp
    RequestsDemoData.h RequestsDemoData.cpp
    DisclosureSettings.h DisclosureSettings.cpp
    OrganisationCalendar.h OrganisationCalendar.cpp
)
add_subdirectory(print)
