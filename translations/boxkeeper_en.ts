<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AliasesModel</name>
    <message numerus="yes">
        <source>%n alias(es)</source>
        <translation>
            <numerusform>%n alias</numerusform>
            <numerusform>%n aliases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AliasesPage</name>
    <message numerus="yes">
        <source>%n alias(es)</source>
        <translation>
            <numerusform>%n alias</numerusform>
            <numerusform>%n aliases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 did not answer within %n second.</numerusform>
            <numerusform>%1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%1: %n row(s) ready to apply.</source>
        <translation>
            <numerusform>%1: %n row ready to apply.</numerusform>
            <numerusform>%1: %n rows ready to apply.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems (listed below) and will not be sent. Fix them in the file and import it again, or apply the valid rows now.</source>
        <translation>
            <numerusform>%n row has problems (listed below) and will not be sent. Fix them in the file and import it again, or apply the valid rows now.</numerusform>
            <numerusform>%n rows have problems (listed below) and will not be sent. Fix them in the file and import it again, or apply the valid rows now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message numerus="yes">
        <source>%n row(s) applied</source>
        <translation>
            <numerusform>%n row applied</numerusform>
            <numerusform>%n rows applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid and not sent</source>
        <translation>
            <numerusform>%n invalid and not sent</numerusform>
            <numerusform>%n invalid and not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applied (cancelled)</source>
        <translation>
            <numerusform>%n not applied (cancelled)</numerusform>
            <numerusform>%n not applied (cancelled)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n domain</numerusform>
            <numerusform>%n domains</numerusform>
        </translation>
    </message>
</context>
</TS>
