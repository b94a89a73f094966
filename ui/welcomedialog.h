#pragma once

#include <QDialog>

namespace cessio {

// First run: try the demo (simulated data, nothing written to the keychain) or set up a real
// connection to QI Tech.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { None, Demo, SetUp };

    explicit WelcomeDialog(QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    void choose(Choice choice);
    Choice m_choice = Choice::None;
};

} // namespace cessio
