// Tests fileSafeName: the characters no file name may hold become 「_」; Chinese text and the rest stay.
#include "FileNames.h"

#include <QTest>

class TestFileNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forbiddenCharactersBecomeUnderscores()
    {
        QCOMPARE(GovDesk::Ui::fileSafeName(QStringLiteral("通报_2025年12月7日至2026年12月6日")),
                 QStringLiteral("通报_2025年12月7日至2026年12月6日"));
        QCOMPARE(GovDesk::Ui::fileSafeName(QStringLiteral("a/b\\c:d*e?f\"g<h>i|j\tk")),
                 QStringLiteral("a_b_c_d_e_f_g_h_i_j_k"));
    }
};

QTEST_GUILESS_MAIN(TestFileNames)
#include "tst_filenames.moc"
