// Tests the module settings on a real encrypted profile: the defaults in force, a round trip, and
// every refusal naming what is wrong and changing nothing; the actor and 告知书 issuer they give.
#include "../../unit/core/module/ModuleTestProfile.h"
#include "DisclosureSettings.h"
#include "IndexNumberRule.h"
#include "ItemActions.h"
#include "OrganisationCode.h"
#include "RequestsStore.h"

#include <QTest>

using namespace GovDesk::Disclosure;

class TestDisclosureSettings : public QObject
{
    Q_OBJECT

    GovDesk::Test::ModuleTestProfile m_profile;
    GovDesk::Core::ModuleContext *m_context = nullptr;

private slots:
    void initTestCase()
    {
        GD_VERIFY(m_profile.create());
        m_context = &m_profile.context(QStringLiteral("disclosure"));
    }

    void defaultsAreInForceUntilSaved()
    {
        const DisclosureSettings settings = DisclosureSettings::load(*m_context);
        QVERIFY(OrganisationCode::isValid(settings.organisationCode));
        QCOMPARE(settings.indexPattern, IndexNumberRule::defaultPattern());
        QCOMPARE(settings.reviewBody, QString()); // not the demo: nobody guesses the 复议机关
        QCOMPARE(settings.approachingDays, RequestDeadline::DefaultApproachingDays);
        auto issuer = DisclosureSettings::noticeIssuer(*m_context);
        QVERIFY(!issuer);
        QCOMPARE(issuer.error().detail, QStringLiteral("reviewBody"));
    }

    void savedValuesAreWhatTheModuleReads()
    {
        DisclosureSettings settings = DisclosureSettings::load(*m_context);
        const QString first17 = QStringLiteral("11450300MB1234567");
        settings.organisationCode = QStringLiteral(" %1%2 ").arg(first17, OrganisationCode::creditCodeCheck(first17)).toLower();
        settings.indexPattern = QStringLiteral("{org}/{year}-{seq:5}");
        settings.reviewBody = QStringLiteral("桂林市人民政府");
        settings.approachingDays = 8;
        GD_VERIFY(DisclosureSettings::save(*m_context, settings));

        const DisclosureSettings read = DisclosureSettings::load(*m_context);
        QCOMPARE(read.organisationCode, first17 + OrganisationCode::creditCodeCheck(first17)); // trimmed, upper case
        QCOMPARE(ItemActions::organisationCode(*m_context), read.organisationCode);
        QCOMPARE(read.indexPattern, settings.indexPattern);
        QCOMPARE(RequestsStore::approachingDays(*m_context), 8);
        auto issuer = DisclosureSettings::noticeIssuer(*m_context);
        GD_VERIFY(issuer);
        QCOMPARE(issuer->reviewBody, QStringLiteral("桂林市人民政府"));
        QCOMPARE(issuer->organisation, m_context->account().organisationName);
    }

    void refusalsNameTheSettingAndChangeNothing_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("named");
        QTest::newRow("check character") << QStringLiteral("11450300MB12345670") << QString() << 5
                                         << QStringLiteral("organisationCode");
        QTest::newRow("pattern") << QString() << QStringLiteral("{year}") << 5 << QStringLiteral("indexPattern");
        QTest::newRow("days") << QString() << QString() << 21 << QStringLiteral("approachingDays");
    }

    void refusalsNameTheSettingAndChangeNothing()
    {
        QFETCH(QString, code);
        QFETCH(QString, pattern);
        QFETCH(int, days);
        QFETCH(QString, named);
        const DisclosureSettings before = DisclosureSettings::load(*m_context);
        DisclosureSettings changed = before;
        if (!code.isEmpty())
            changed.organisationCode = code;
        if (!pattern.isEmpty())
            changed.indexPattern = pattern;
        changed.approachingDays = days;
        changed.reviewBody = QStringLiteral("别的机关");
        auto saved = DisclosureSettings::save(*m_context, changed);
        QVERIFY(!saved);
        QVERIFY(!saved.error().message.isEmpty());
        QCOMPARE(saved.error().detail, named);
        const DisclosureSettings after = DisclosureSettings::load(*m_context);
        QCOMPARE(after.organisationCode, before.organisationCode);
        QCOMPARE(after.indexPattern, before.indexPattern);
        QCOMPARE(after.reviewBody, before.reviewBody);
        QCOMPARE(after.approachingDays, before.approachingDays);
    }

    void theRequestActorIsTheAccount()
    {
        const RequestActor actor = DisclosureSettings::requestActor(*m_context);
        QCOMPARE(actor.name, m_context->account().name);
        QCOMPARE(actor.userId, m_context->account().userId);
    }
};

QTEST_MAIN(TestDisclosureSettings)
#include "tst_disclosuresettings.moc"
