<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>No audio device: alarms use the system beep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chime (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system beep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alarm sound %1 is missing: alarms use the system beep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt Multimedia cannot be loaded (PySide6-Addons, libpulse0): alarms use the system beep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alarm sound cannot be played on this audio device: alarms use the system beep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to it in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish or cancel this dialog to go to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New launch notification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;general communication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amend selected notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postpone selected notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel selected notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-launch &amp;report on selected notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;from selected notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drafts. Drafts are saved here as you type a new notice (Notice → New launch notification, Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates. In a compose window, Notice → Save as template keeps a pre-agreed text for reuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New draft from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;rafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;mplates (pre-agreed texts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radius:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radius unit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ocean:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadrant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (key NOT verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Precedence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;greement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refers to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vehicle category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number of vehicles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group launch (several vehicles in close succession)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window opens (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window &amp;opens (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window closes (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window &amp;closes (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. north-east</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned &amp;direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add impact area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add impact area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-launch report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual launch time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual &amp;launch time (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;marks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precedence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact areas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule override:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (officer on watch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No officer is on watch. Choose yourself and enter your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Releasing officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No officers are registered on this station; the release is recorded under the name you give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two-person rule is on: a second, different officer approves with their own PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other officer is registered on this station, so nobody can approve. Add officers on the Officers page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approving officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver&apos;s P&amp;IN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose yourself as the releasing officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>releasing officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the releasing officer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the second officer who approves this release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is releasing this notice; the approval must come from a different officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pair cannot release: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approving officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks: problems to fix before release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release &amp;despite the agreement warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release despite the agreement warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: the reason is recorded in the audit log and printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override &amp;reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map of the launch and impact areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;ks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close after release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release… (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not released: %n problem(s) to fix first, listed under Checks and beside the fields.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not released: the notice departs from the agreement&apos;s rules. Tick &apos;Release despite the agreement warnings&apos; and write the reason, or fix the fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release cancelled; the draft is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export hazard areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a notice in the Inbox or Outbox first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing exported: an export is audited in the name of the officer on watch. Take the watch first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the areas and window of no. %1 as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazard areas of no. %1 written as %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported, with something left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazard areas not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the hazard areas of no. %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong with %1?
The counterpart receives this as an error report instead of an acknowledgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a received notice in the inbox first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No officer is on watch. An acknowledgement names the officer who made it: take the watch first (Station → Start of watch…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This notice is being answered already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a received notice can be acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An acknowledgement is not itself acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already acknowledged by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a received notice can be reported as a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no. %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem report sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem report sent: say what the problem is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 no. %3 from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 no. %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ack OVERDUE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their ack OVERDUE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ack due in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their ack due in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n more waiting)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledgement overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: acknowledgement OVERDUE %2. Acknowledge it (Ctrl+K) or report a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n notices past their acknowledgement deadline; the longest, %1, OVERDUE %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No acknowledgement from the counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not acknowledged: OVERDUE %2. Follow it up with the counterpart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n notices we sent not acknowledged in time; the longest, %1, OVERDUE %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 no. %3 from %4: acknowledge within %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLASH notice received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMMEDIATE notice received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox (%1 open / %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge the selected notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report a problem with the selected notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to the most urgent open notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox (%1, %2 awaiting ack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem report sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantined (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart reported a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File written to outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released, file not written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precedence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ack deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their ack deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTG (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch window (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message %1. It does not count as an acknowledgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked after %2 wrong PINs in a row, until %3. Nothing was done. A supervisor can unlock %1 sooner (Station → Officers → Unlock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an active officer of this station. Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN for %1. Nothing was done; 1 try left before %1 is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN for %1. Nothing was done; %2 tries left before %1 is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wrong PIN(s) in a row for %2: %3 tries left before %2 is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN needed for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, your PIN is shorter than %2 digits, which this station no longer accepts. Set a new PIN of %2 to %3 digits now; you go on as soon as it is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must set a new PIN of at least %2 digits before going on. Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of &amp;watch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange of watch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last handover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a counterpart&apos;s key card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the selected counterpart&apos;s &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement &amp;profile of the selected counterpart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export our key card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print our key card to &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotate our keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY CHANGED: %1&apos;s key changed at %2 and is not verified. Compare the safety number with %1 before trusting anything from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s key is not verified yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file(s) from it are held unopened in the inbox until the key is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key changed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1, self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1: an older card, with no self-signature (its integrity rests on the safety number alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier keys on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet acknowledged by us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting their acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing sequence numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantined files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counterpart trusts this card only after both duty officers have compared the safety number their consoles show, by phone or in person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementProfileDialog</name>
    <message>
        <source>Agreement profile for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum launch window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling banner printed on records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &amp;exercise agreement: new notices start as EXERCISE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum &amp;lead time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum launch &amp;window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling &amp;banner for prints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message kinds allowed under this agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge within, by precedence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement deadline for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertStrip</name>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this alert in every window; an overdue notice alerts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaEditor</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundary points of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>km (kilometres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NM (nautical miles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an ocean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a quadrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sea of Okhotsk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreasSection</name>
    <message>
        <source>Launch and impact areas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Arrivals</name>
    <message>
        <source>Export failed for %1 notice(s): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notice(s) written to the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports work again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station&apos;s store is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditAlarmBar</name>
    <message>
        <source>Audit log alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge as supervisor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUDIT LOG ALARM (%1): nothing is written until a supervisor acknowledges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the audit log alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

A supervisor acknowledges this with their PIN. It is recorded in the audit log with what is missing; writing then resumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by %1: %2 audit entries are missing. Re-import the notices still in processed/ with `watchdesk exchange reimport`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log alarm acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the audit log (officer, action, details)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 audit entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(checked %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeOfWatchDialog</name>
    <message>
        <source>Notes given to the incoming officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outgoing officer writes the notes and gives them over; the watch can be taken only after the incoming officer has read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll to the end of the notes: every line must be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming officer: read the notes, then tick the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incoming officer must read the outgoing officer&apos;s notes first: give them over, read them, and tick the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the handover summary to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClockLabel</name>
    <message>
        <source>Current time, UTC and local</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeController</name>
    <message>
        <source>Draft not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That draft no longer exists; it was released or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That template no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a notice first: in the Outbox for amendments, postponements, cancellations and post-launch reports; in the Inbox or Outbox to start a new notice from one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That notice is no longer in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpone notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-launch report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 draft to %2 last saved %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? It cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeWindow</name>
    <message>
        <source>✔ All checks pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recipient yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drafted by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose — %1 — Watchdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1 saved %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: the draft is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT SAVED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the template (for %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as template &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealing and writing to the outbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released; the draft was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not released; the draft is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape closes this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release is still running; the window closes after it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterpartDetail</name>
    <message>
        <source>Details of the selected counterpart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterpartsPage</name>
    <message>
        <source>Counterparts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1: key changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import key card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement &amp;profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire a signing &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse files signed with one of this counterpart&apos;s keys from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No counterparts yet. Import a counterpart&apos;s key card to exchange notices, then verify it with the counterpart&apos;s duty officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in · %2 out · %3 to acknowledge · %4 awaited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify key again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active officer who can do this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Preview of the printout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurationField</name>
    <message>
        <source>, unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EchoLabel</name>
    <message>
        <source>%1 as read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <source>Problems with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstOfficerDialog</name>
    <message>
        <source>First officer of the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No officers are registered on this station yet. Create the first one now: a supervisor, who can then add the other officers (Station → Officers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the first supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create supervisor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandlingSection</name>
    <message>
        <source>Handling: sequence, signature, keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the handling facts: sequence, signature, keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling facts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyAlertBanner</name>
    <message>
        <source>Verify the key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LastHandoverDialog</name>
    <message>
        <source>Last handover — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 handed the watch over to %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the handover summary to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Night palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write audit &amp;checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Watchdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The night palette is not kept for the next start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange: no counterpart folders yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed an audit checkpoint over %1 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit checkpoint was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Watchdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Watchdesk %1&lt;/h3&gt;&lt;p&gt;The duty officer&apos;s console for launch-notification exchange.&lt;/p&gt;&lt;p&gt;Station: %2 (%3)&lt;br&gt;Data dir: %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewOfficerDialog</name>
    <message>
        <source>Add an officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN of the new officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An officer needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <source>New PIN for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeDetailPane</name>
    <message>
        <source>Details of the selected notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a notice to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a notice we sent to see where it stands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeForm</name>
    <message>
        <source>Impact area I%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement launch details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refers to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not a counterpart of this station)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeListView</name>
    <message>
        <source>Search notice text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of work: FLASH, overdue, deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unacknowledged FLASH notices first, then the overdue ones, then the others waiting by their acknowledgement deadline, soonest first; then the rest, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort: newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descending order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unacknowledged first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unacknowledged first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices still waiting for an acknowledgement on top, the nearest deadline first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All counterparts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All precedences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (UTC date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (UTC date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ac&amp;knowledgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show acknowledgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the counterpart&apos;s acknowledgements as rows of their own; otherwise each shows on the notice it acknowledges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notices match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incoming notices yet. Files from counterparts appear here as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1: no. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing notices %1. They have not arrived; if they do not come soon, ask the counterpart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 notice is past its acknowledgement deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notices are past their acknowledgement deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge (Ctrl+K) or report a problem; Ctrl+J goes to the most urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 notice we sent was not acknowledged in time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notices we sent were not acknowledged in time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow up with the counterpart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 no. %3 from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 no. %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: acknowledge within %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: their acknowledgement is due within %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: acknowledgement OVERDUE %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: their acknowledgement is OVERDUE %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeTable</name>
    <message>
        <source>Launch notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-launch report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficersPage</name>
    <message>
        <source>Officers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add officer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding an officer, disabling one, resetting a PIN and unlocking an officer locked after wrong PINs each need a supervisor&apos;s PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, on watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor approves this change with their PIN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor approval: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer on watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on watch. Hand the watch over (Station → Change of watch) before disabling them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the only active supervisor. Add another supervisor first, or nobody could manage officers any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new PIN for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer not unlocked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnStationPage</name>
    <message>
        <source>Our station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our card fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our key card as a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our key card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export key card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print key card to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotate our keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our key generations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key generations (old keys are kept to open traffic sealed to them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (current)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PointListEdit</name>
    <message>
        <source>One position per line. The last line must repeat the first to close the ring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One position per line, e.g.
52-00.00N 160-00.00E
5200N16200E
…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the ring of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append the first point so the ring is closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <source>Preview — the record as it will be printed and sent (not yet sealed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Nothing printed: a printout names the officer on watch. Take the watch first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a notice in the Inbox or Outbox first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A printout is being printed; wait until it has gone to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the record of no. %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of no. %1 sent to %2 (%3 pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview — record of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the record as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the record of no. %1 as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not saved as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save today&apos;s watch log as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the watch log of %1 as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch log was not saved as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch log of %1 (%2 messages) saved as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the watch log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the watch log of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch log was not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch log of %1 (%2 messages) sent to %3 (%4 pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview — watch log of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuarantineDetail</name>
    <message>
        <source>The quarantined file, inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 when refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged since it was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuarantineView</name>
    <message>
        <source>Quarantined files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files from counterparts that failed a check. They are kept, never deleted: open one to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in quarantine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>The selected notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a &amp;problem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an error report instead of an acknowledgement (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this amendment changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain of references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch window (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview of the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record as it prints (File → Print preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTG %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the latest amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge within %1 (due %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting their acknowledgement: %1 left (due %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement OVERDUE %1 (was due %2). Acknowledge now or report a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their acknowledgement is OVERDUE %1 (was due %2): follow it up with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 acknowledged it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A problem report was sent instead of an acknowledgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported a problem with this notice: see the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No acknowledgement is asked for this notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ PROBLEM: this message %1. It does not count as an acknowledgement; raise it with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this notice no longer stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported a problem with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its receipt is still to be acknowledged (due %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 has not acknowledged it (due %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released; the file is not written yet (File → Export pending notices).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File written to the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the problem report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealing the acknowledgement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealing the problem report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent, but the file could not be written: %1. File → Export pending notices tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement sealed and written to %1&apos;s outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem report sealed and written to %1&apos;s outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on record here (message %1…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(this notice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain on record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against %1 no. %2 (%3, %4):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version it replaces (message %1…) is not on record here: compare the replacement details below by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No launch detail differs from the version it replaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement launch window (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, group launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1… (not held here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no. %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The areas of the notice this one refers to (no. %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid: checked when the file was imported at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(NOT verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sealed and signed by this station at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the sealed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Choose an officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release of %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetireKeyDialog</name>
    <message>
        <source>Retire a signing key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire a key when %1 tells you it no longer uses it, or when it may have fallen into other hands. Files signed with a retired key are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key to retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is &amp;compromised: refuse every file it signs, whatever its date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every signing key of %1 is already retired as compromised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange folders (empty: the station&apos;s own folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No counterparts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-person release: a second officer approves every notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may form the pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound IMMEDIATE traffic and overdue notices (FLASH always sounds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLASH alarm repeats every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMMEDIATE alarm repeats every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (seconds) until acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night palette: dark and low-glare (View menu, %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair &amp;made of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;FLASH alarm every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IMMEDIATE alarm every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling &amp;banner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <source>Message status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyKeyDialog</name>
    <message>
        <source>Verify the key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s KEY HAS CHANGED since it was last verified (new card imported %2). Its traffic is held unopened until you compare the new safety number with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by %1 at %2. Compare again whenever in doubt; a mismatch changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s key is NOT VERIFIED yet: nothing is sent to %1 and nothing from it is opened until this number is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Safety number of %1 (%2) and %3 (%4)&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Call the duty officer of %1 on the agreed line, or meet in person. Do not use the channel the key card came through.
2. Both consoles show this same number. Ask the other officer to read theirs aloud, group by group, and type what you hear below. Do not read yours out first.
3. Or compare the QR codes: scan both screens with a phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety number as a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same number as a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s card fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our card fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety number read out by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the 60 digits as %1 reads them; spaces do not matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number &amp;read by %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark the key verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchStatusBar</name>
    <message>
        <source>Imports failing: see the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On watch: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No officer on watch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowKeyAlertBar</name>
    <message>
        <source>Key alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Inbox folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the %1 folder of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 folder of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>field</name>
    <message>
        <source>%1 to %2 digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.message</name>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the PIN…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Open the inbox (Ctrl+1) and select the notice to answer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notice is waiting for an acknowledgement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;Import arrivals now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export pending notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export hazard areas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the selected notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view of the selected notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected notice as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save today&apos;s &amp;watch log as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print today&apos;s watch &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view today&apos;s watch log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s key is verified. Traffic held from it is being imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a counterpart&apos;s key card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a usable key card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key card not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card gives %1 a DIFFERENT KEY from the one on record.

On record: %2
In this card: %3

If you import it, everything from %1 is held unopened until an officer compares the new safety number with %1 by phone or in person. Import the new key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key change for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key card not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key card already on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s key card is already on record; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key card now self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s key card of the same keys now carries a self-signature; it replaced the older card on record. The safety number and its verification are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) was added as a counterpart. Its key is NOT VERIFIED yet: nothing is sent to it and nothing from it is opened until you compare the safety number with its duty officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) has a NEW KEY. Its traffic is held until you compare the new safety number with its duty officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the key now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export our key card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our key card was written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key card not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print our key card to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key card sheet written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key card not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new key generation for %1?

• Our new key card must be sent to every counterpart (%2); each must compare the new safety number with us before it trusts our traffic again.
• Our old keys are kept: files sealed to them still open here, and notices we sent before still verify.
• This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate our keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our new card fingerprint is
%1

Export or print the new key card and send it to the counterparts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key not retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s signing key %2… is retired: see the counterpart&apos;s signing keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turn the two-person release rule off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor approves this change with their PIN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor approval: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-person rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two-person rule stays on: no supervisor approved turning it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used for windows opened from now on; restart Watchdesk to see it everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is on watch at %1? Choose your name and type your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes from %1 to the incoming officer (free text: what to watch, what was promised, what is odd):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes of the outgoing officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write at least a line, e.g. “Nothing further.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give the notes to the incoming officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I, the incoming officer, have &amp;read these notes and the open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are shown to the incoming officer once the outgoing officer gives them over; the watch can be taken only after they were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print summary to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hands the watch over: write your notes, then give them to the incoming officer, who reads them and the open items below, then chooses their name and types their PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take over the watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover summary written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover summary not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch taken over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now on watch at %2 (since %3), taken over from %4.

%5 open item(s) and the notes of %4 were handed over; Station → Last handover shows them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handover is on record at this station yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
