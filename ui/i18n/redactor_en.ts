<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BatchWindow</name>
    <message numerus="yes">
        <location filename="../batch_window.py" line="341"/>
        <source>Working on %n file(s) with every processor core…</source>
        <translation>
            <numerusform>Working on %n file with every processor core…</numerusform>
            <numerusform>Working on %n files with every processor core…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../batch_window.py" line="426"/>
        <source>%n safe copy(ies) made,</source>
        <translation>
            <numerusform>%n safe copy made,</numerusform>
            <numerusform>%n safe copies made,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../batch_window.py" line="426"/>
        <source>%n failed.</source>
        <translation>
            <numerusform>%n failed.</numerusform>
            <numerusform>%n failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../batch_window.py" line="428"/>
        <source>%n copy(ies) need a look: better not posted at all.</source>
        <translation>
            <numerusform>%n copy needs a look: better not posted at all.</numerusform>
            <numerusform>%n copies need a look: better not posted at all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../batch_window.py" line="477"/>
        <source>%n file(s) ready.</source>
        <translation>
            <numerusform>%n file ready.</numerusform>
            <numerusform>%n files ready.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCheck</name>
    <message numerus="yes">
        <location filename="../export_check.py" line="128"/>
        <source>%n value(s) found on the image, switched off or deleted, can be read in the copy.</source>
        <translation>
            <numerusform>%n value found on the image, switched off or deleted, can be read in the copy.</numerusform>
            <numerusform>%n values found on the image, switched off or deleted, can be read in the copy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../export_check.py" line="148"/>
        <source>Checked: %n item(s) still readable in the copy</source>
        <translation>
            <numerusform>Checked: %n item still readable in the copy</numerusform>
            <numerusform>Checked: %n items still readable in the copy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n item(s) left visible by you.</source>
        <translation type="vanished">
            <numerusform>%n item left visible by you.</numerusform>
            <numerusform>%n items left visible by you.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewBanner</name>
    <message numerus="yes">
        <location filename="../review/banner.py" line="73"/>
        <source>%n item(s) left visible by you.</source>
        <translation>
            <numerusform>%n item left visible by you.</numerusform>
            <numerusform>%n items left visible by you.</numerusform>
        </translation>
    </message>
</context>
</TS>
