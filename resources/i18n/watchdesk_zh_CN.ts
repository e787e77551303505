<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>No audio device: alarms use the system beep</source>
            <translation>无音频设备：警报改用系统提示音</translation>
        </message>
        <message>
            <source>chime (%1)</source>
            <translation>提示铃声（%1）</translation>
        </message>
        <message>
            <source>system beep</source>
            <translation>系统提示音</translation>
        </message>
        <message>
            <source>The alarm sound %1 is missing: alarms use the system beep</source>
            <translation>警报声音文件 %1 缺失：警报改用系统提示音</translation>
        </message>
        <message>
            <source>Qt Multimedia cannot be loaded (PySide6-Addons, libpulse0): alarms use the system beep</source>
            <translation>无法加载 Qt Multimedia（PySide6-Addons、libpulse0）：警报改用系统提示音</translation>
        </message>
        <message>
            <source>The alarm sound cannot be played on this audio device: alarms use the system beep</source>
            <translation>此音频设备无法播放警报声音：警报改用系统提示音</translation>
        </message>
        <message>
            <source>Go to it in the outbox</source>
            <translation>转到发件箱中的该通报</translation>
        </message>
        <message>
            <source>Go to %1</source>
            <translation>转到 %1</translation>
        </message>
        <message>
            <source>the notice</source>
            <translation>该通报</translation>
        </message>
        <message>
            <source>Finish or cancel this dialog to go to it.</source>
            <translation>请先完成或取消此对话框，然后再转到该处。</translation>
        </message>
        <message>
            <source>Drafts (%1)</source>
            <translation>草稿（%1）</translation>
        </message>
        <message>
            <source>&amp;New launch notification…</source>
            <translation>新建发射通报(&amp;N)…</translation>
        </message>
        <message>
            <source>New &amp;general communication…</source>
            <translation>新建一般通信(&amp;G)…</translation>
        </message>
        <message>
            <source>New from &amp;template…</source>
            <translation>从模板新建(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;Amend selected notice…</source>
            <translation>修正所选通报(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Postpone selected notice…</source>
            <translation>推迟所选通报(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Cancel selected notice…</source>
            <translation>取消所选通报(&amp;C)…</translation>
        </message>
        <message>
            <source>Post-launch &amp;report on selected notice…</source>
            <translation>就所选通报编写发射后报告(&amp;R)…</translation>
        </message>
        <message>
            <source>New &amp;from selected notice…</source>
            <translation>以所选通报为基础新建(&amp;F)…</translation>
        </message>
        <message>
            <source>To</source>
            <translation>收件方</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Drafted by</source>
            <translation>起草人</translation>
        </message>
        <message>
            <source>Last saved (UTC)</source>
            <translation>上次保存时间（UTC）</translation>
        </message>
        <message>
            <source>For</source>
            <translation>适用对方</translation>
        </message>
        <message>
            <source>any counterpart</source>
            <translation>任一对方</translation>
        </message>
        <message>
            <source>Drafts</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>No drafts. Drafts are saved here as you type a new notice (Notice → New launch notification, Ctrl+N).</source>
            <translation>无草稿。编写新通报时，草稿随输入自动保存在此处（通报 → 新建发射通报，Ctrl+N）。</translation>
        </message>
        <message>
            <source>&amp;Open draft</source>
            <translation>打开草稿(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Delete draft…</source>
            <translation>删除草稿(&amp;D)…</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>模板</translation>
        </message>
        <message>
            <source>No templates. In a compose window, Notice → Save as template keeps a pre-agreed text for reuse.</source>
            <translation>无模板。在编写窗口中，通过“通报 → 另存为模板”可保存预先商定的文本，以便重复使用。</translation>
        </message>
        <message>
            <source>&amp;New draft from template</source>
            <translation>从模板新建草稿(&amp;N)</translation>
        </message>
        <message>
            <source>Re&amp;name template…</source>
            <translation>重命名模板(&amp;N)…</translation>
        </message>
        <message>
            <source>Delete &amp;template…</source>
            <translation>删除模板(&amp;T)…</translation>
        </message>
        <message>
            <source>D&amp;rafts</source>
            <translation>草稿(&amp;R)</translation>
        </message>
        <message>
            <source>Te&amp;mplates (pre-agreed texts)</source>
            <translation>模板（预先商定的文本）(&amp;M)</translation>
        </message>
        <message>
            <source>{field} of {area}</source>
            <translation>{area}的{field}</translation>
        </message>
        <message>
            <source>Points:</source>
            <translation>点位：</translation>
        </message>
        <message>
            <source>Centre:</source>
            <translation>中心：</translation>
        </message>
        <message>
            <source>Radius:</source>
            <translation>半径：</translation>
        </message>
        <message>
            <source>Radius unit of %1</source>
            <translation>%1 的半径单位</translation>
        </message>
        <message>
            <source>Ocean:</source>
            <translation>大洋：</translation>
        </message>
        <message>
            <source>Quadrant:</source>
            <translation>象限：</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>the message</source>
            <translation>该消息</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>类型(&amp;K)：</translation>
        </message>
        <message>
            <source>Choose the counterpart</source>
            <translation>选择对方</translation>
        </message>
        <message>
            <source> (key NOT verified)</source>
            <translation>（密钥未核验）</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>收件方(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Precedence:</source>
            <translation>优先等级(&amp;P)：</translation>
        </message>
        <message>
            <source>Choose the status</source>
            <translation>选择状态</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>状态(&amp;S)：</translation>
        </message>
        <message>
            <source>A&amp;greement:</source>
            <translation>协议(&amp;G)：</translation>
        </message>
        <message>
            <source>Refers to:</source>
            <translation>所涉通报：</translation>
        </message>
        <message>
            <source>Launch details</source>
            <translation>发射详情</translation>
        </message>
        <message>
            <source>Choose a category</source>
            <translation>选择类别</translation>
        </message>
        <message>
            <source>&amp;Vehicle category:</source>
            <translation>运载器类别(&amp;V)：</translation>
        </message>
        <message>
            <source>&amp;Number of vehicles:</source>
            <translation>运载器数量(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Group launch (several vehicles in close succession)</source>
            <translation>成组发射（多个运载器相继紧密发射）(&amp;G)</translation>
        </message>
        <message>
            <source>Window opens (UTC)</source>
            <translation>窗口开启时间（UTC）</translation>
        </message>
        <message>
            <source>Window &amp;opens (UTC):</source>
            <translation>窗口开启时间（UTC）(&amp;O)：</translation>
        </message>
        <message>
            <source>Window closes (UTC)</source>
            <translation>窗口关闭时间（UTC）</translation>
        </message>
        <message>
            <source>Window &amp;closes (UTC):</source>
            <translation>窗口关闭时间（UTC）(&amp;C)：</translation>
        </message>
        <message>
            <source>optional, e.g. north-east</source>
            <translation>可选，例如：东北</translation>
        </message>
        <message>
            <source>Planned &amp;direction:</source>
            <translation>计划方向(&amp;D)：</translation>
        </message>
        <message>
            <source>Launch area: {area} (named area, not outlined)</source>
            <translation>发射区：{area}（按名称指定，未绘出轮廓）</translation>
        </message>
        <message>
            <source>Launch area</source>
            <translation>发射区</translation>
        </message>
        <message>
            <source>Impact areas</source>
            <translation>落区</translation>
        </message>
        <message>
            <source>Impact area</source>
            <translation>落区</translation>
        </message>
        <message>
            <source>&amp;Add impact area</source>
            <translation>添加落区(&amp;A)</translation>
        </message>
        <message>
            <source>Add impact area</source>
            <translation>添加落区</translation>
        </message>
        <message>
            <source>&amp;Remarks:</source>
            <translation>备注(&amp;R)：</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>R&amp;eason:</source>
            <translation>理由(&amp;E)：</translation>
        </message>
        <message>
            <source>Post-launch report</source>
            <translation>发射后报告</translation>
        </message>
        <message>
            <source>Actual launch time (UTC)</source>
            <translation>实际发射时间（UTC）</translation>
        </message>
        <message>
            <source>Actual &amp;launch time (UTC):</source>
            <translation>实际发射时间（UTC）(&amp;L)：</translation>
        </message>
        <message>
            <source>Re&amp;marks:</source>
            <translation>备注(&amp;M)：</translation>
        </message>
        <message>
            <source>General communication</source>
            <translation>一般通信</translation>
        </message>
        <message>
            <source>S&amp;ubject:</source>
            <translation>主题(&amp;U)：</translation>
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation>正文(&amp;X)：</translation>
        </message>
        <message>
            <source>ACTUAL: %1 will read this as a real %2.</source>
            <translation>ACTUAL：%1 将把此消息视为真实的 %2。</translation>
        </message>
        <message>
            <source>Under an exercise agreement, yet %1</source>
            <translation>依据演练协议，但 %1</translation>
        </message>
        <message>
            <source>EXERCISE: practice traffic; %1 will not read it as a real event.</source>
            <translation>EXERCISE：演练通信；%1 不会将其视为真实事件。</translation>
        </message>
        <message>
            <source>TEST: a test of the channel; it notifies no real event.</source>
            <translation>TEST：信道测试；不通报任何真实事件。</translation>
        </message>
        <message>
            <source>Release %1 to %2</source>
            <translation>向 %2 发出%1</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>收件方：</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <source>Precedence:</source>
            <translation>优先等级：</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <source>Launch window:</source>
            <translation>发射窗口：</translation>
        </message>
        <message>
            <source>Launch area:</source>
            <translation>发射区：</translation>
        </message>
        <message>
            <source>Impact areas:</source>
            <translation>落区：</translation>
        </message>
        <message>
            <source>Rule override:</source>
            <translation>规则例外：</translation>
        </message>
        <message>
            <source>%1 — reason: %2</source>
            <translation>%1 — 理由：%2</translation>
        </message>
        <message>
            <source>Released by:</source>
            <translation>发出人：</translation>
        </message>
        <message>
            <source>%1 (officer on watch)</source>
            <translation>%1（当班值班员）</translation>
        </message>
        <message>
            <source>No officer is on watch. Choose yourself and enter your PIN.</source>
            <translation>当前无人值班。请选择您本人并输入您的 PIN 码。</translation>
        </message>
        <message>
            <source>&amp;Releasing officer:</source>
            <translation>发出人(&amp;R)：</translation>
        </message>
        <message>
            <source>Your &amp;PIN:</source>
            <translation>您的 PIN 码(&amp;P)：</translation>
        </message>
        <message>
            <source>No officers are registered on this station; the release is recorded under the name you give.</source>
            <translation>本站未登记任何值班员；本次发出将以您填写的姓名记录。</translation>
        </message>
        <message>
            <source>The two-person rule is on: a second, different officer approves with their own PIN.</source>
            <translation>双人规则已启用：须由另一名值班员使用其本人的 PIN 码批准。</translation>
        </message>
        <message>
            <source>No other officer is registered on this station, so nobody can approve. Add officers on the Officers page first.</source>
            <translation>本站未登记其他值班员，因此无人能够批准。请先在“值班员”页面添加值班员。</translation>
        </message>
        <message>
            <source>&amp;Approving officer:</source>
            <translation>批准人(&amp;A)：</translation>
        </message>
        <message>
            <source>Approver's P&amp;IN:</source>
            <translation>批准人 PIN 码(&amp;I)：</translation>
        </message>
        <message>
            <source>Release problem</source>
            <translation>发出问题</translation>
        </message>
        <message>
            <source>Release now</source>
            <translation>立即发出</translation>
        </message>
        <message>
            <source>Choose yourself as the releasing officer.</source>
            <translation>请选择您本人作为发出人。</translation>
        </message>
        <message>
            <source>releasing officer</source>
            <translation>发出人</translation>
        </message>
        <message>
            <source>Give the releasing officer's name.</source>
            <translation>请填写发出人的姓名。</translation>
        </message>
        <message>
            <source>Choose the second officer who approves this release.</source>
            <translation>请选择批准本次发出的第二名值班员。</translation>
        </message>
        <message>
            <source>%1 is releasing this notice; the approval must come from a different officer.</source>
            <translation>%1 是本通报的发出人；批准须由另一名值班员作出。</translation>
        </message>
        <message>
            <source>This pair cannot release: %1.</source>
            <translation>这两名值班员不能共同发出：%1。</translation>
        </message>
        <message>
            <source>approving officer</source>
            <translation>批准人</translation>
        </message>
        <message>
            <source>Not released: %1</source>
            <translation>未发出：%1</translation>
        </message>
        <message>
            <source>Sealed as sequence %1 to %2</source>
            <translation>已密封为第 %1 号，发往 %2</translation>
        </message>
        <message>
            <source>%1; waiting for acknowledgement, due %2.</source>
            <translation>%1；等待确认收到，时限 %2。</translation>
        </message>
        <message>
            <source>%1.</source>
            <translation>%1。</translation>
        </message>
        <message>
            <source>%1, but it could not be written to the outbox: %2. It is kept and goes out with File → Export pending notices.</source>
            <translation>%1，但未能写入发件箱：%2。该通报已保留，可通过“文件 → 导出待写入的通报”发出。</translation>
        </message>
        <message>
            <source>an unexpected error (%1)</source>
            <translation>意外错误（%1）</translation>
        </message>
        <message>
            <source>The release failed: %1. Check the Outbox before trying again.</source>
            <translation>发出失败：%1。重试前请检查发件箱。</translation>
        </message>
        <message>
            <source>Notice form</source>
            <translation>通报表单</translation>
        </message>
        <message>
            <source>Checks: problems to fix before release</source>
            <translation>检查：发出前须修正的问题</translation>
        </message>
        <message>
            <source>Agreement rules</source>
            <translation>协议规则</translation>
        </message>
        <message>
            <source>Release &amp;despite the agreement warnings</source>
            <translation>不顾协议警告仍发出(&amp;D)</translation>
        </message>
        <message>
            <source>Release despite the agreement warnings</source>
            <translation>不顾协议警告仍发出</translation>
        </message>
        <message>
            <source>Why: the reason is recorded in the audit log and printed</source>
            <translation>说明原因：该理由将记入审计日志并打印在记录上</translation>
        </message>
        <message>
            <source>Reason for the override</source>
            <translation>例外发出的理由</translation>
        </message>
        <message>
            <source>Override &amp;reason:</source>
            <translation>例外理由(&amp;R)：</translation>
        </message>
        <message>
            <source>Map of the launch and impact areas</source>
            <translation>发射区和落区地图</translation>
        </message>
        <message>
            <source>Chec&amp;ks</source>
            <translation>检查(&amp;K)</translation>
        </message>
        <message>
            <source>Release result</source>
            <translation>发出结果</translation>
        </message>
        <message>
            <source>&amp;Save draft</source>
            <translation>保存草稿(&amp;S)</translation>
        </message>
        <message>
            <source>Save as &amp;template…</source>
            <translation>另存为模板(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;Preview record</source>
            <translation>预览记录(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Release…</source>
            <translation>发出(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
        <message>
            <source>Close after release</source>
            <translation>发出后关闭</translation>
        </message>
        <message>
            <source>&amp;Notice</source>
            <translation>通报(&amp;N)</translation>
        </message>
        <message>
            <source>Save draft (Ctrl+S)</source>
            <translation>保存草稿（Ctrl+S）</translation>
        </message>
        <message>
            <source>Save as template…</source>
            <translation>另存为模板…</translation>
        </message>
        <message>
            <source>Preview (Ctrl+P)</source>
            <translation>预览（Ctrl+P）</translation>
        </message>
        <message>
            <source>Release… (Ctrl+Enter)</source>
            <translation>发出…（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>Draft state</source>
            <translation>草稿状态</translation>
        </message>
        <message>
            <source>Release in progress</source>
            <translation>正在发出</translation>
        </message>
        <message numerus="yes">
            <source>Not released: %n problem(s) to fix first, listed under Checks and beside the fields.</source>
            <translation>
                <numerusform>未发出：须先修正 %n 个问题，详见“检查”栏及各字段旁的提示。</numerusform>
            </translation>
        </message>
        <message>
            <source>Not released: the notice departs from the agreement's rules. Tick 'Release despite the agreement warnings' and write the reason, or fix the fields.</source>
            <translation>未发出：本通报不符合协议规则。请勾选“不顾协议警告仍发出”并填写理由，或修改相关字段。</translation>
        </message>
        <message>
            <source>Release cancelled; the draft is kept.</source>
            <translation>已取消发出；草稿已保留。</translation>
        </message>
        <message>
            <source>This window stays in {kept} while it is open; it opens in {new} next time.</source>
            <translation>此窗口在关闭前保持使用{kept}；下次打开时将使用{new}。</translation>
        </message>
        <message>
            <source>Export hazard areas</source>
            <translation>导出危险区</translation>
        </message>
        <message>
            <source>Select a notice in the Inbox or Outbox first.</source>
            <translation>请先在收件箱或发件箱中选择一份通报。</translation>
        </message>
        <message>
            <source>Nothing exported</source>
            <translation>未导出任何内容</translation>
        </message>
        <message>
            <source>Nothing exported: an export is audited in the name of the officer on watch. Take the watch first.</source>
            <translation>未导出任何内容：导出操作以当班值班员的名义记入审计日志。请先开始值班。</translation>
        </message>
        <message>
            <source>Export the areas and window of no. %1 as:</source>
            <translation>将第 %1 号通报的区域和窗口导出为：</translation>
        </message>
        <message>
            <source>Hazard areas of no. %1 written as %2 to %3.</source>
            <translation>第 %1 号通报的危险区已按 %2 格式写入 %3。</translation>
        </message>
        <message>
            <source>Exported, with something left out</source>
            <translation>已导出，但部分内容未包含在内</translation>
        </message>
        <message>
            <source>Hazard areas not exported</source>
            <translation>危险区未导出</translation>
        </message>
        <message>
            <source>%1 could not be written: %2.</source>
            <translation>无法写入 %1：%2。</translation>
        </message>
        <message>
            <source>Exporting the hazard areas of no. %1…</source>
            <translation>正在导出第 %1 号通报的危险区…</translation>
        </message>
        <message>
            <source>&amp;Export hazard areas…</source>
            <translation>导出危险区(&amp;E)…</translation>
        </message>
        <message>
            <source>Report a problem</source>
            <translation>报告问题</translation>
        </message>
        <message>
            <source>What is wrong with %1?
The counterpart receives this as an error report instead of an acknowledgement.</source>
            <translation>%1 有什么问题？
对方将收到一份错误报告，而非确认收到。</translation>
        </message>
        <message>
            <source>Select a received notice in the inbox first.</source>
            <translation>请先在收件箱中选择一份收到的通报。</translation>
        </message>
        <message>
            <source>No officer is on watch. An acknowledgement names the officer who made it: take the watch first (Station → Start of watch…).</source>
            <translation>当前无人值班。确认收到须注明作出确认的值班员：请先开始值班（站 → 开始值班…）。</translation>
        </message>
        <message>
            <source>This notice is being answered already.</source>
            <translation>该通报已在答复中。</translation>
        </message>
        <message>
            <source>No recipient is not a counterpart of this station.</source>
            <translation>未指定收件方：收件方必须是本站的对方站。</translation>
        </message>
        <message>
            <source>{recipient} is not a counterpart of this station.</source>
            <translation>{recipient} 不是本站的对方站。</translation>
        </message>
        <message>
            <source>{recipient}'s key is not verified. Compare the safety number with {recipient} and verify the key before sending to it.</source>
            <translation>{recipient} 的密钥未经核验。请与 {recipient} 比对安全码并核验该密钥，然后再向其发送。</translation>
        </message>
        <message>
            <source>The two-person rule is on: {problem} this release.</source>
            <translation>双人规则已启用，本次发出不符合要求：{problem}。</translation>
        </message>
        <message>
            <source>The notice cannot be sent until these are fixed.</source>
            <translation>须先纠正上述问题，才能发送该通报。</translation>
        </message>
        <message>
            <source>The notice breaks the agreement's rules. Release it only with an override and a written reason.</source>
            <translation>该通报违反协议规则。仅可在提出例外并填写书面理由后发出。</translation>
        </message>
        <message>
            <source>Only a received notice can be acknowledged.</source>
            <translation>只能对收到的通报确认收到。</translation>
        </message>
        <message>
            <source>An acknowledgement is not itself acknowledged.</source>
            <translation>确认收到消息本身无须再确认收到。</translation>
        </message>
        <message>
            <source>Already acknowledged by {officer} at {time}.</source>
            <translation>已由 {officer} 于 {time} 确认收到。</translation>
        </message>
        <message>
            <source>Say what the problem is.</source>
            <translation>请说明问题所在。</translation>
        </message>
        <message>
            <source>Already acknowledged by %1 at %2.</source>
            <translation>%1 已于 %2 确认收到。</translation>
        </message>
        <message>
            <source>Only a received notice can be reported as a problem.</source>
            <translation>只能对收到的通报报告问题。</translation>
        </message>
        <message>
            <source>%1 no. %2 from %3</source>
            <translation>来自 %3 的第 %2 号%1</translation>
        </message>
        <message>
            <source>No problem report sent.</source>
            <translation>未发送问题报告。</translation>
        </message>
        <message>
            <source>No problem report sent: say what the problem is.</source>
            <translation>未发送问题报告：请说明问题所在。</translation>
        </message>
        <message>
            <source>%1 %2 no. %3 from %4</source>
            <translation>来自 %4 的 %1 %2第 %3 号</translation>
        </message>
        <message>
            <source>%1 %2 no. %3 to %4</source>
            <translation>发往 %4 的 %1 %2第 %3 号</translation>
        </message>
        <message>
            <source>ack OVERDUE %1</source>
            <translation>确认收到已逾期 %1</translation>
        </message>
        <message>
            <source>their ack OVERDUE %1</source>
            <translation>对方确认收到已逾期 %1</translation>
        </message>
        <message>
            <source>ack due in %1</source>
            <translation>须在 %1 内确认收到</translation>
        </message>
        <message>
            <source>their ack due in %1</source>
            <translation>对方应在 %1 内确认收到</translation>
        </message>
        <message numerus="yes">
            <source>(%n more waiting)</source>
            <translation>
                <numerusform>（另有 %n 份待处理）</numerusform>
            </translation>
        </message>
        <message>
            <source>Acknowledgement overdue</source>
            <translation>确认收到已逾期</translation>
        </message>
        <message>
            <source>%1: acknowledgement OVERDUE %2. Acknowledge it (Ctrl+K) or report a problem.</source>
            <translation>%1：确认收到已逾期 %2。请确认收到（Ctrl+K）或报告问题。</translation>
        </message>
        <message numerus="yes">
            <source>%n notices past their acknowledgement deadline; the longest, %1, OVERDUE %2.</source>
            <translation>
                <numerusform>%n 份通报已超过确认收到时限；逾期最久的是 %1，已逾期 %2。</numerusform>
            </translation>
        </message>
        <message>
            <source>No acknowledgement from the counterpart</source>
            <translation>对方未确认收到</translation>
        </message>
        <message>
            <source>%1 not acknowledged: OVERDUE %2. Follow it up with the counterpart.</source>
            <translation>%1 未获确认收到：已逾期 %2。请与对方跟进。</translation>
        </message>
        <message numerus="yes">
            <source>%n notices we sent not acknowledged in time; the longest, %1, OVERDUE %2.</source>
            <translation>
                <numerusform>我方发出的 %n 份通报未在时限内获确认收到；逾期最久的是 %1，已逾期 %2。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2 no. %3 from %4: acknowledge within %5.</source>
            <translation>来自 %4 的 %1 %2第 %3 号：须在 %5 内确认收到。</translation>
        </message>
        <message>
            <source>FLASH notice received</source>
            <translation>收到 FLASH 通报</translation>
        </message>
        <message>
            <source>IMMEDIATE notice received</source>
            <translation>收到 IMMEDIATE 通报</translation>
        </message>
        <message>
            <source>Inbox (%1 open / %2)</source>
            <translation>收件箱（%1 份待处理 / 共 %2 份）</translation>
        </message>
        <message>
            <source>Quarantine (%1)</source>
            <translation>隔离区（%1）</translation>
        </message>
        <message>
            <source>&amp;Acknowledge the selected notice</source>
            <translation>对所选通报确认收到(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Report a problem with the selected notice…</source>
            <translation>报告所选通报的问题(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Go to the most urgent open notice</source>
            <translation>转到最紧急的待处理通报(&amp;G)</translation>
        </message>
        <message>
            <source>Outbox (%1, %2 awaiting ack)</source>
            <translation>发件箱（%1 份，%2 份待对方确认收到）</translation>
        </message>
        <message>
            <source>Outbox (%1)</source>
            <translation>发件箱（%1）</translation>
        </message>
        <message>
            <source>Open the inbox (Ctrl+1) and select the notice to answer first.</source>
            <translation>请打开收件箱（Ctrl+1），先选择要答复的通报。</translation>
        </message>
        <message>
            <source>No notice is waiting for an acknowledgement.</source>
            <translation>没有等待确认收到的通报。</translation>
        </message>
        <message>
            <source>Not sent: %1</source>
            <translation>未发送：%1</translation>
        </message>
        <message>
            <source>Acknowledgement sent.</source>
            <translation>确认收到已发送。</translation>
        </message>
        <message>
            <source>Problem report sent.</source>
            <translation>问题报告已发送。</translation>
        </message>
        <message>
            <source>Quarantined (UTC)</source>
            <translation>隔离时间（UTC）</translation>
        </message>
        <message>
            <source>Counterpart</source>
            <translation>对方</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>What was wrong</source>
            <translation>问题所在</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 秒</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>剩余 %1</translation>
        </message>
        <message>
            <source>OVERDUE %1</source>
            <translation>已逾期 %1</translation>
        </message>
        <message>
            <source>Acknowledged by %1 at %2</source>
            <translation>%1 于 %2 确认收到</translation>
        </message>
        <message>
            <source>Problem reported</source>
            <translation>已报告问题</translation>
        </message>
        <message>
            <source>Counterpart reported a problem</source>
            <translation>对方报告了问题</translation>
        </message>
        <message>
            <source>None asked</source>
            <translation>无须确认收到</translation>
        </message>
        <message>
            <source>Acknowledged by %1</source>
            <translation>已由 %1 确认收到</translation>
        </message>
        <message>
            <source>File written to outbox</source>
            <translation>文件已写入发件箱</translation>
        </message>
        <message>
            <source>Released, file not written yet</source>
            <translation>已发出，文件尚未写入</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Precedence</source>
            <translation>优先等级</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>投递</translation>
        </message>
        <message>
            <source>Ack deadline</source>
            <translation>确认收到时限</translation>
        </message>
        <message>
            <source>Their ack deadline</source>
            <translation>对方确认收到时限</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>DTG (UTC)</source>
            <translation>DTG（UTC）</translation>
        </message>
        <message>
            <source>Launch window (UTC)</source>
            <translation>发射窗口（UTC）</translation>
        </message>
        <message>
            <source>Seq</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>This message %1. It does not count as an acknowledgement.</source>
            <translation>此消息存在问题：%1。它不视为确认收到。</translation>
        </message>
        <message>
            <source>Due %1</source>
            <translation>时限 %1</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>处理中</translation>
        </message>
        <message>
            <source>%1 is locked after %2 wrong PINs in a row, until %3. Nothing was done. A supervisor can unlock %1 sooner (Station → Officers → Unlock).</source>
            <translation>%1 连续 %2 次输入错误的 PIN 码，已被锁定至 %3。未执行任何操作。主管可提前为 %1 解锁（站 → 值班员 → 解锁）。</translation>
        </message>
        <message>
            <source>%1 is not an active officer of this station. Nothing was done.</source>
            <translation>%1 不是本站的有效值班员。未执行任何操作。</translation>
        </message>
        <message>
            <source>Wrong PIN for %1. Nothing was done; 1 try left before %1 is locked.</source>
            <translation>%1 的 PIN 码错误。未执行任何操作；还剩 1 次尝试机会，之后 %1 将被锁定。</translation>
        </message>
        <message>
            <source>Wrong PIN for %1. Nothing was done; %2 tries left before %1 is locked.</source>
            <translation>%1 的 PIN 码错误。未执行任何操作；还剩 %2 次尝试机会，之后 %1 将被锁定。</translation>
        </message>
        <message>
            <source>%1 wrong PIN(s) in a row for %2: %3 tries left before %2 is locked.</source>
            <translation>%2 已连续 %1 次输入错误的 PIN 码：还剩 %3 次尝试机会，之后 %2 将被锁定。</translation>
        </message>
        <message>
            <source>New PIN needed for %1</source>
            <translation>%1 须设置新的 PIN 码</translation>
        </message>
        <message>
            <source>%1, your PIN is shorter than %2 digits, which this station no longer accepts. Set a new PIN of %2 to %3 digits now; you go on as soon as it is stored.</source>
            <translation>%1，您的 PIN 码短于 %2 位，本站已不再接受。请立即设置 %2 至 %3 位的新 PIN 码；新 PIN 码保存后即可继续。</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>新 PIN 码</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>再次输入新 PIN 码</translation>
        </message>
        <message>
            <source>New &amp;PIN:</source>
            <translation>新 PIN 码(&amp;P)：</translation>
        </message>
        <message>
            <source>New PIN &amp;again:</source>
            <translation>再次输入新 PIN 码(&amp;A)：</translation>
        </message>
        <message>
            <source>Checking the PIN…</source>
            <translation>正在核对 PIN 码…</translation>
        </message>
        <message>
            <source>PIN not checked</source>
            <translation>PIN 码未核对</translation>
        </message>
        <message>
            <source>%1 must set a new PIN of at least %2 digits before going on. Nothing was done.</source>
            <translation>%1 须先设置至少 %2 位的新 PIN 码才能继续。未执行任何操作。</translation>
        </message>
        <message>
            <source>&amp;Verify audit log</source>
            <translation>核验审计日志(&amp;V)</translation>
        </message>
        <message>
            <source>Start of &amp;watch…</source>
            <translation>开始值班(&amp;W)…</translation>
        </message>
        <message>
            <source>C&amp;hange of watch…</source>
            <translation>交接班(&amp;H)…</translation>
        </message>
        <message>
            <source>&amp;Last handover…</source>
            <translation>上次交接班(&amp;L)…</translation>
        </message>
        <message>
            <source>&amp;Import a counterpart's key card…</source>
            <translation>导入对方密钥卡(&amp;I)…</translation>
        </message>
        <message>
            <source>Verify the selected counterpart's &amp;key…</source>
            <translation>核验所选对方的密钥(&amp;K)…</translation>
        </message>
        <message>
            <source>Agreement &amp;profile of the selected counterpart…</source>
            <translation>所选对方的协议配置(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Export our key card…</source>
            <translation>导出本站密钥卡(&amp;E)…</translation>
        </message>
        <message>
            <source>Print our key card to &amp;PDF…</source>
            <translation>将本站密钥卡打印为 PDF(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Rotate our keys…</source>
            <translation>轮换本站密钥(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <source>KEY CHANGED: %1's new key is not verified.</source>
            <translation>密钥已变更：%1 的新密钥未经核验。</translation>
        </message>
        <message>
            <source>%1's key is not verified.</source>
            <translation>%1 的密钥未经核验。</translation>
        </message>
        <message>
            <source>%1 file(s) held unopened.</source>
            <translation>%1 个文件暂存，未予打开。</translation>
        </message>
        <message>
            <source>Compare the safety number with %1's duty officer.</source>
            <translation>请与 %1 的值班员比对安全码。</translation>
        </message>
        <message>
            <source>KEY CHANGED: %1's key changed at %2 and is not verified. Compare the safety number with %1 before trusting anything from it.</source>
            <translation>密钥已变更：%1 的密钥于 %2 变更，尚未核验。在信任来自 %1 的任何内容之前，请先与 %1 核对安全码。</translation>
        </message>
        <message>
            <source>%1's key is not verified yet.</source>
            <translation>%1 的密钥尚未核验。</translation>
        </message>
        <message>
            <source>%1 file(s) from it are held unopened in the inbox until the key is verified.</source>
            <translation>来自该方的 %1 个文件暂存于收件箱中，未予打开，待密钥核验后再处理。</translation>
        </message>
        <message>
            <source>by %1 at %2</source>
            <translation>由 %1 于 %2 核验</translation>
        </message>
        <message>
            <source>key changed at %1</source>
            <translation>密钥已于 %1 变更</translation>
        </message>
        <message>
            <source>never</source>
            <translation>从未核验</translation>
        </message>
        <message>
            <source>Key: %1</source>
            <translation>密钥：%1</translation>
        </message>
        <message>
            <source>Card fingerprint</source>
            <translation>密钥卡指纹</translation>
        </message>
        <message>
            <source>Key card</source>
            <translation>密钥卡</translation>
        </message>
        <message>
            <source>version %1, self-signed</source>
            <translation>版本 %1，自签名</translation>
        </message>
        <message>
            <source>version %1: an older card, with no self-signature (its integrity rests on the safety number alone)</source>
            <translation>版本 %1：旧版密钥卡，无自签名（其完整性仅依赖安全码）</translation>
        </message>
        <message>
            <source>Keys created</source>
            <translation>密钥生成时间</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>核验情况</translation>
        </message>
        <message>
            <source>Earlier keys on record</source>
            <translation>在册的旧密钥</translation>
        </message>
        <message>
            <source>Signing keys</source>
            <translation>签名密钥</translation>
        </message>
        <message>
            <source>current</source>
            <translation>当前</translation>
        </message>
        <message>
            <source>earlier</source>
            <translation>此前</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>协议</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>verified, but its current key is RETIRED</source>
            <translation>已核验，但其当前密钥已停用</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>已核验</translation>
        </message>
        <message>
            <source>KEY CHANGED — not verified</source>
            <translation>密钥已变更 — 未核验</translation>
        </message>
        <message>
            <source>NOT VERIFIED</source>
            <translation>未核验</translation>
        </message>
        <message>
            <source>Minimum lead time</source>
            <translation>最短提前时间</translation>
        </message>
        <message>
            <source>Maximum window</source>
            <translation>最长窗口</translation>
        </message>
        <message>
            <source>no maximum</source>
            <translation>无上限</translation>
        </message>
        <message>
            <source>Allowed kinds</source>
            <translation>允许的类型</translation>
        </message>
        <message>
            <source>Acknowledge within</source>
            <translation>确认收到时限</translation>
        </message>
        <message>
            <source>Handling banner</source>
            <translation>处理标识</translation>
        </message>
        <message>
            <source>Language of their free text</source>
            <translation>对方自由文本的语言</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>未注明</translation>
        </message>
        <message>
            <source>Exchange folders</source>
            <translation>交换文件夹</translation>
        </message>
        <message>
            <source>Inbox</source>
            <translation>收件箱</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>发件箱</translation>
        </message>
        <message>
            <source>Processed</source>
            <translation>已处理</translation>
        </message>
        <message>
            <source>Quarantine</source>
            <translation>隔离区</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>通信往来</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>已收到</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>已发送</translation>
        </message>
        <message>
            <source>Not yet acknowledged by us</source>
            <translation>我方尚未确认收到</translation>
        </message>
        <message>
            <source>Awaiting their acknowledgement</source>
            <translation>待对方确认收到</translation>
        </message>
        <message>
            <source>Missing sequence numbers</source>
            <translation>缺失的序号</translation>
        </message>
        <message>
            <source>Unknown paper size '{paper}' (expected one of {known}).</source>
            <translation>未知的纸张尺寸“{paper}”（应为以下之一：{known}）。</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>There is no printer named '{name}' (installed printers: {known}).</source>
            <translation>没有名为“{name}”的打印机（已安装的打印机：{known}）。</translation>
        </message>
        <message>
            <source>The printer '{printer}' reported an error.</source>
            <translation>打印机“{printer}”报告错误。</translation>
        </message>
        <message>
            <source>Could not write the PDF '{path}': {problem}.</source>
            <translation>无法写入 PDF 文件“{path}”：{problem}。</translation>
        </message>
        <message>
            <source>Quarantined files</source>
            <translation>已隔离文件</translation>
        </message>
        <message>
            <source>Held in the inbox</source>
            <translation>暂存于收件箱</translation>
        </message>
        <message>
            <source>%1's key is verified. Traffic held from it is being imported.</source>
            <translation>%1 的密钥已核验。正在导入此前暂存的来自该方的通信。</translation>
        </message>
        <message>
            <source>Import a counterpart's key card</source>
            <translation>导入对方密钥卡</translation>
        </message>
        <message>
            <source>Not a usable key card</source>
            <translation>不是可用的密钥卡</translation>
        </message>
        <message>
            <source>%1 was not imported: %2.</source>
            <translation>%1 未导入：%2。</translation>
        </message>
        <message>
            <source>Key card not read</source>
            <translation>密钥卡未能读取</translation>
        </message>
        <message>
            <source>%1 could not be read: %2.</source>
            <translation>无法读取 %1：%2。</translation>
        </message>
        <message>
            <source>This card gives %1 a DIFFERENT KEY from the one on record.

On record: %2
In this card: %3

If you import it, everything from %1 is held unopened until an officer compares the new safety number with %1 by phone or in person. Import the new key?</source>
            <translation>此密钥卡为 %1 提供的密钥与在册密钥不同。

在册：%2
此卡：%3

如导入此卡，来自 %1 的所有内容将一律暂存、不予打开，直至值班员通过电话或当面与 %1 核对新的安全码。是否导入新密钥？</translation>
        </message>
        <message>
            <source>Key change for %1</source>
            <translation>%1 的密钥变更</translation>
        </message>
        <message>
            <source>Key card not imported</source>
            <translation>密钥卡未导入</translation>
        </message>
        <message>
            <source>Key card already on record</source>
            <translation>密钥卡已在册</translation>
        </message>
        <message>
            <source>%1's key card is already on record; nothing changed.</source>
            <translation>%1 的密钥卡已在册；未作任何更改。</translation>
        </message>
        <message>
            <source>Key card now self-signed</source>
            <translation>密钥卡现已自签名</translation>
        </message>
        <message>
            <source>%1's key card of the same keys now carries a self-signature; it replaced the older card on record. The safety number and its verification are unchanged.</source>
            <translation>%1 基于相同密钥的密钥卡现已带有自签名，并已替换在册的旧版密钥卡。安全码及其核验状态不变。</translation>
        </message>
        <message>
            <source>%1 (%2) was added as a counterpart. Its key is NOT VERIFIED yet: nothing is sent to it and nothing from it is opened until you compare the safety number with its duty officer.</source>
            <translation>已将 %1（%2）添加为对方。其密钥尚未核验：在您与其值班员核对安全码之前，不向其发送任何内容，也不打开来自该方的任何内容。</translation>
        </message>
        <message>
            <source>%1 (%2) has a NEW KEY. Its traffic is held until you compare the new safety number with its duty officer.</source>
            <translation>%1（%2）启用了新密钥。在您与其值班员核对新的安全码之前，来自该方的通信将暂存。</translation>
        </message>
        <message>
            <source>Verify the key now?</source>
            <translation>是否立即核验密钥？</translation>
        </message>
        <message>
            <source>Export our key card</source>
            <translation>导出本站密钥卡</translation>
        </message>
        <message>
            <source>Our key card was written to %1</source>
            <translation>本站密钥卡已写入 %1</translation>
        </message>
        <message>
            <source>Key card not exported</source>
            <translation>密钥卡未导出</translation>
        </message>
        <message>
            <source>The counterpart trusts this card only after both duty officers have compared the safety number their consoles show, by phone or in person.</source>
            <translation>只有在双方值班员通过电话或当面核对了各自控制台显示的安全码之后，对方才会信任此密钥卡。</translation>
        </message>
        <message>
            <source>Key card of %1</source>
            <translation>%1 的密钥卡</translation>
        </message>
        <message>
            <source>Station id</source>
            <translation>站标识</translation>
        </message>
        <message>
            <source>Key generation</source>
            <translation>密钥代次</translation>
        </message>
        <message>
            <source>Signing key (Ed25519)</source>
            <translation>签名密钥（Ed25519）</translation>
        </message>
        <message>
            <source>Encryption key (X25519)</source>
            <translation>加密密钥（X25519）</translation>
        </message>
        <message>
            <source>The QR code holds the whole key card.</source>
            <translation>该 QR 码包含完整的密钥卡。</translation>
        </message>
        <message>
            <source>Print our key card to PDF</source>
            <translation>将本站密钥卡打印为 PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Key card %1</source>
            <translation>密钥卡 %1</translation>
        </message>
        <message>
            <source>Key card sheet written to %1</source>
            <translation>密钥卡页面已写入 %1</translation>
        </message>
        <message>
            <source>Key card not printed</source>
            <translation>密钥卡未打印</translation>
        </message>
        <message>
            <source>Create a new key generation for %1?

• Our new key card must be sent to every counterpart (%2); each must compare the new safety number with us before it trusts our traffic again.
• Our old keys are kept: files sealed to them still open here, and notices we sent before still verify.
• This cannot be undone.</source>
            <translation>是否为 %1 生成新的密钥代次？

• 本站的新密钥卡必须发送给每一个对方（%2）；各对方须与本站核对新的安全码后，才会再次信任本站的通信。
• 本站的旧密钥予以保留：以旧密钥密封的文件仍可在本站打开，本站此前发出的通报仍可通过验证。
• 此操作无法撤销。</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>暂无</translation>
        </message>
        <message>
            <source>Rotate our keys</source>
            <translation>轮换本站密钥</translation>
        </message>
        <message>
            <source>New keys</source>
            <translation>新密钥</translation>
        </message>
        <message>
            <source>Our new card fingerprint is
%1

Export or print the new key card and send it to the counterparts.</source>
            <translation>本站新的密钥卡指纹为
%1

请导出或打印新的密钥卡，并发送给各对方。</translation>
        </message>
        <message>
            <source>--officer {given} is not a name; give the officer's name as the audit log should show it.</source>
            <translation>--officer {given} 不是姓名；请按审计日志应显示的形式提供值班员姓名。</translation>
        </message>
        <message>
            <source>--officer {given}: a name starting with '{mark}' is kept for the OS account, which is used when --officer is left out.</source>
            <translation>--officer {given}：以“{mark}”开头的名称保留给操作系统账户使用，省略 --officer 时即使用该账户。</translation>
        </message>
        <message>
            <source>the disk is full (cannot write{where}); nothing half-written was kept. Free some space on it and run the command again.</source>
            <translation>磁盘已满（无法写入{where}）；未保留任何写入一半的内容。请释放该磁盘上的部分空间，然后重新运行该命令。</translation>
        </message>
        <message>
            <source>cannot use{where}: {error}. Check the folder's permissions (or that the medium is not read-only) and try again.</source>
            <translation>无法使用{where}：{error}。请检查文件夹权限（或确认介质不是只读的），然后重试。</translation>
        </message>
        <message>
            <source>cannot use{where}: input/output error. The disk or medium is failing; copy the data dir to a sound disk and try again.</source>
            <translation>无法使用{where}：输入/输出错误。磁盘或介质正在损坏；请将数据目录复制到完好的磁盘后重试。</translation>
        </message>
        <message>
            <source>cannot use{where}: {error}. Check the path and try again.</source>
            <translation>无法使用{where}：{error}。请检查路径后重试。</translation>
        </message>
        <message>
            <source>this computer ran out of memory; nothing half-done was kept. Close other programs (or the console if it is open) and run the command again.</source>
            <translation>本计算机内存不足；未保留任何做了一半的操作。请关闭其他程序（如控制台已打开，也将其关闭），然后重新运行该命令。</translation>
        </message>
        <message>
            <source>the disk is full (the store said: {error}); nothing half-written was kept. Free some space and run the command again.</source>
            <translation>磁盘已满（数据存储报告：{error}）；未保留任何写入一半的内容。请释放部分空间，然后重新运行该命令。</translation>
        </message>
        <message>
            <source>the store is busy ({error}); another watchdesk command or the console holds it. Wait a moment and try again.</source>
            <translation>数据存储正忙（{error}）；另一个 watchdesk 命令或控制台正在占用它。请稍候再试。</translation>
        </message>
        <message>
            <source>the store reported an error ({error}). Run `watchdesk audit verify`; if it says the store is damaged, restore the last backup with `watchdesk restore BACKUP`.</source>
            <translation>数据存储报告错误（{error}）。请运行 `watchdesk audit verify`；如其报告数据存储已损坏，请使用 `watchdesk restore BACKUP` 恢复最近一次备份。</translation>
        </message>
        <message>
            <source>this station's key card</source>
            <translation>本站的密钥卡</translation>
        </message>
        <message>
            <source>write this station's public key card to FILE</source>
            <translation>将本站的公钥卡写入 FILE</translation>
        </message>
        <message>
            <source>counterpart stations and their keys</source>
            <translation>对方站及其密钥</translation>
        </message>
        <message>
            <source>import a counterpart's key card (unverified until you verify it)</source>
            <translation>导入对方的密钥卡（核验之前为未核验状态）</translation>
        </message>
        <message>
            <source>mark a counterpart's key verified after comparing the safety number</source>
            <translation>比对安全码后，将对方的密钥标记为已核验</translation>
        </message>
        <message>
            <source>the 60-digit safety number the other side read out</source>
            <translation>对方宣读的 60 位安全码</translation>
        </message>
        <message>
            <source>list counterparts, their keys and folders</source>
            <translation>列出对方站及其密钥和文件夹</translation>
        </message>
        <message>
            <source>list a counterpart's signing keys, current and earlier, and their state</source>
            <translation>列出对方的签名密钥（当前及以前的）及其状态</translation>
        </message>
        <message>
            <source>refuse files signed with one of a counterpart's signing keys from now on (audited)</source>
            <translation>自即日起拒收由对方某一签名密钥签名的文件（记入审计）</translation>
        </message>
        <message>
            <source>the key id (thumbprint) shown by `watchdesk counterpart keys ID`; one that begins with '-' goes after '--' (retire-key ID -- -KID)</source>
            <translation>`watchdesk counterpart keys ID` 显示的密钥标识（指纹摘要）；以“-”开头的标识须写在“--”之后（retire-key ID -- -KID）</translation>
        </message>
        <message>
            <source>the key is compromised: refuse every file it signs, whatever its date</source>
            <translation>该密钥已泄露：拒收其签名的所有文件，不论日期</translation>
        </message>
        <message>
            <source>set a counterpart's inbox/outbox folders (removable media, drop folder)</source>
            <translation>设置对方的收件箱/发件箱文件夹（可移动介质、交换文件夹）</translation>
        </message>
        <message>
            <source>import arrivals and export pending notices</source>
            <translation>导入到达的文件并导出待写入的通报</translation>
        </message>
        <message>
            <source>import every counterpart's inbox folder now</source>
            <translation>立即导入每个对方的收件箱文件夹</translation>
        </message>
        <message>
            <source>import again the files in processed/ that the store does not hold (after a rollback)</source>
            <translation>重新导入 processed/ 中数据存储未保存的文件（回滚之后）</translation>
        </message>
        <message>
            <source>write the released notices whose files are not written yet (a release writes its own)</source>
            <translation>写出尚未写入文件的已发出通报（发出时会自行写入）</translation>
        </message>
        <message>
            <source>say what a sealed file is, without storing it</source>
            <translation>说明密封文件的内容，但不存储</translation>
        </message>
        <message>
            <source>run a simulated counterpart station in its own data dir (--data-dir) that sends EXERCISE traffic</source>
            <translation>在其自身的数据目录（--data-dir）中运行一个发送 EXERCISE 通信的模拟对方站</translation>
        </message>
        <message>
            <source>our station's key card</source>
            <translation>本站的密钥卡</translation>
        </message>
        <message>
            <source>our inbox folder for the simulated station</source>
            <translation>本站用于该模拟站的收件箱文件夹</translation>
        </message>
        <message>
            <source>our outbox folder for the simulated station</source>
            <translation>本站用于该模拟站的发件箱文件夹</translation>
        </message>
        <message>
            <source>how many notices to send (0: run until interrupted)</source>
            <translation>要发送的通报数量（0：持续运行直至中断）</translation>
        </message>
        <message>
            <source>seconds between notices</source>
            <translation>通报之间的间隔秒数</translation>
        </message>
        <message>
            <source>acknowledge our notices as they arrive (default); --no-auto-acknowledge leaves them waiting, for rehearsing overdue acknowledgements</source>
            <translation>通报到达时即确认收到（默认）；--no-auto-acknowledge 使其保持等待状态，用于演练确认收到逾期</translation>
        </message>
        <message>
            <source>play a script of timed traffic (JSON, docs/cli.md) instead of --count random notices</source>
            <translation>播放定时通信脚本（JSON，见 docs/cli.md），代替 --count 个随机通报</translation>
        </message>
        <message>
            <source>how long a minute of the script lasts (default 60; less for a quick run-through)</source>
            <translation>脚本中的一分钟持续多久（默认 60；快速演示时可减少）</translation>
        </message>
        <message>
            <source>{path} is not a usable key card: {error}</source>
            <translation>{path} 不是可用的密钥卡：{error}</translation>
        </message>
        <message>
            <source>Key card of {station_id} written to {path}</source>
            <translation>{station_id} 的密钥卡已写入 {path}</translation>
        </message>
        <message>
            <source>Fingerprint: {fingerprint}</source>
            <translation>指纹：{fingerprint}</translation>
        </message>
        <message>
            <source>Added counterpart {station_id} ({name}); its key is NOT verified yet.</source>
            <translation>已添加对方站 {station_id}（{name}）；其密钥尚未核验。</translation>
        </message>
        <message>
            <source>{station_id}'s key card is the one already on record.</source>
            <translation>{station_id} 的密钥卡与已记录的相同。</translation>
        </message>
        <message>
            <source>{station_id}'s key card of the same keys now carries a self-signature; it replaced the older card on record (the safety number and its verification are unchanged).</source>
            <translation>{station_id} 同一密钥的密钥卡现带有自签名；已替换记录中的旧密钥卡（安全码及其核验状态不变）。</translation>
        </message>
        <message>
            <source>WARNING: {station_id}'s key CHANGED. Its traffic is held until you verify the new key.</source>
            <translation>警告：{station_id} 的密钥已变更。在您核验新密钥之前，来自该方的通信将暂存。</translation>
        </message>
        <message>
            <source>This is an older key card (version 1), with no self-signature: damage to it would show only in the safety number.</source>
            <translation>这是旧版密钥卡（版本 1），没有自签名：其损坏只会在安全码中显现。</translation>
        </message>
        <message>
            <source>Safety number to compare with {station_id} (by phone or in person):</source>
            <translation>与 {station_id} 比对的安全码（通过电话或当面）：</translation>
        </message>
        <message>
            <source>Then run: watchdesk counterpart verify {station_id} 'NUMBER THEY READ OUT'</source>
            <translation>然后运行：watchdesk counterpart verify {station_id} 'NUMBER THEY READ OUT'</translation>
        </message>
        <message>
            <source>Safety number: {number}</source>
            <translation>安全码：{number}</translation>
        </message>
        <message>
            <source>Compare it with the other side, then pass the number they read out as NUMBER.</source>
            <translation>请与对方比对，然后将对方宣读的安全码作为 NUMBER 传入。</translation>
        </message>
        <message>
            <source>{station_id}'s key is verified. Held traffic will be imported.</source>
            <translation>{station_id} 的密钥已核验。此前暂存的来自该方的通信将被导入。</translation>
        </message>
        <message>
            <source>Earlier signing key {thumbprint}: {state}.</source>
            <translation>以前的签名密钥 {thumbprint}：{state}。</translation>
        </message>
        <message>
            <source>Retired {station_id}'s signing key {thumbprint} (card {fingerprint}).</source>
            <translation>已停用 {station_id} 的签名密钥 {thumbprint}（密钥卡 {fingerprint}）。</translation>
        </message>
        <message>
            <source>From now on: {state}; such files are quarantined with code retired_key.</source>
            <translation>自即日起：{state}；此类文件将被隔离，代码为 retired_key。</translation>
        </message>
        <message>
            <source>It is {station_id}'s CURRENT key: nothing it signs after the retirement is accepted until {station_id} sends a new key card and you verify it.</source>
            <translation>这是 {station_id} 的当前密钥：停用之后由其签名的任何内容均不予接受，直至 {station_id} 发送新的密钥卡且您核验该密钥卡。</translation>
        </message>
        <message>
            <source>Another import is running on this station (the console or another `watchdesk exchange import`); it imports the files, so this one did nothing.</source>
            <translation>本站正在运行另一个导入（控制台或另一个 `watchdesk exchange import`）；文件由该导入处理，因此本次未执行任何操作。</translation>
        </message>
        <message>
            <source>accepted, FLAGGED: {file}: {message}</source>
            <translation>已接受，已标记：{file}：{message}</translation>
        </message>
        <message>
            <source>gap: sequence numbers {numbers} have not arrived</source>
            <translation>缺号：序号 {numbers} 尚未到达</translation>
        </message>
        <message>
            <source>importing {counterpart}'s inbox stopped: {error}; its files wait in the inbox: fix that, then run the import again.</source>
            <translation>导入 {counterpart} 的收件箱已停止：{error}；其文件仍在收件箱中等待：请纠正该问题，然后重新运行导入。</translation>
        </message>
        <message>
            <source>Another import is running on this station (the console or `watchdesk exchange import`); run the reimport again when it has finished.</source>
            <translation>本站正在运行另一个导入（控制台或 `watchdesk exchange import`）；请待其完成后重新运行重新导入。</translation>
        </message>
        <message>
            <source>{counterpart}: every file in processed/ is on record</source>
            <translation>{counterpart}：processed/ 中的每个文件均已记录</translation>
        </message>
        <message numerus="yes">
            <source>{counterpart}: %n file(s) not on record; {report}</source>
            <translation>
                <numerusform>{counterpart}：%n 个文件未记录；{report}</numerusform>
            </translation>
        </message>
        <message>
            <source>stopped: {error}; the files wait in reimport/: run the reimport again</source>
            <translation>已停止：{error}；文件仍在 reimport/ 中等待：请重新运行重新导入</translation>
        </message>
        <message>
            <source>Nothing to export: every released notice's file is written already.</source>
            <translation>无需导出：每份已发出通报的文件均已写入。</translation>
        </message>
        <message>
            <source>not exported: {message_id}: {error}</source>
            <translation>未导出：{message_id}：{error}</translation>
        </message>
        <message numerus="yes">
            <source>%n notice(s) written, {failed} failed</source>
            <translation>
                <numerusform>已写入 %n 份通报，{failed} 份失败</numerusform>
            </translation>
        </message>
        <message>
            <source>{path} does not exist.</source>
            <translation>{path} 不存在。</translation>
        </message>
        <message>
            <source>{path} could not be read: {error}.</source>
            <translation>无法读取 {path}：{error}。</translation>
        </message>
        <message>
            <source>--minute {minute}: a minute cannot last less than no time.</source>
            <translation>--minute {minute}：一分钟的时长不能小于零。</translation>
        </message>
        <message>
            <source>Created simulated station {station_id} in {data_dir}</source>
            <translation>已在 {data_dir} 中创建模拟站 {station_id}</translation>
        </message>
        <message>
            <source>Simulated station's key card: {path} (import it with `watchdesk counterpart add`)</source>
            <translation>模拟站的密钥卡：{path}（请使用 `watchdesk counterpart add` 导入）</translation>
        </message>
        <message>
            <source>sent {kind} {precedence} seq {sequence}; acknowledged {acknowledged}</source>
            <translation>已发送 {kind} {precedence} 序号 {sequence}；已确认收到 {acknowledged} 份</translation>
        </message>
        <message>
            <source>sent {kind} {precedence} seq {sequence}</source>
            <translation>已发送 {kind} {precedence} 序号 {sequence}</translation>
        </message>
        <message>
            <source>write a notice's launch and impact areas and window as CAP 1.2, KML, GeoJSON or a NOTAM draft</source>
            <translation>将通报的发射区、落区和窗口写为 CAP 1.2、KML、GeoJSON 或 NOTAM 草稿</translation>
        </message>
        <message>
            <source>Write the launch and impact areas and the window of one notice (a launch notification, an amendment or a cancellation) in a format the aviation, maritime and civil-protection authorities read. The export is audited in the officer's name.</source>
            <translation>将一份通报（发射通报、修正通报或取消通报）的发射区、落区和窗口写为航空、海事和民防主管部门可读的格式。该导出以值班员名义记入审计。</translation>
        </message>
        <message>
            <source>the notice's message id</source>
            <translation>该通报的消息标识</translation>
        </message>
        <message>
            <source>Watchdesk: the duty officer's console for launch-notification exchange. Without a command it opens the console window.</source>
            <translation>Watchdesk：用于发射通报交换的值班员控制台。不带命令时打开控制台窗口。</translation>
        </message>
        <message>
            <source>Exit status: 0 done; 1 it could not be done (one sentence on stderr says why); 2 the command line is incomplete or wrong, or the console window cannot be shown; 3 a check found a problem (audit verify, verify FILE); 4 the station's rules refused it (a PIN, the two-person rule, the agreement); 5 the notice named is not on record; 6 the file given is not a valid notice (docs/cli.md).</source>
            <translation>退出状态：0 已完成；1 无法完成（stderr 上有一句话说明原因）；2 命令行不完整或有误，或无法显示控制台窗口；3 检查发现问题（audit verify、verify FILE）；4 被本站规则拒绝（PIN 码、双人规则、协议）；5 所指定的通报无记录；6 所给文件不是有效通报（见 docs/cli.md）。</translation>
        </message>
        <message>
            <source>the station's data dir (default: the platform's user data dir, here {default_dir})</source>
            <translation>本站的数据目录（默认：平台的用户数据目录，此处为 {default_dir}）</translation>
        </message>
        <message>
            <source>who runs the command, as the audit log names them (default: the OS account, as '{mark}ACCOUNT'); the console window's officer signs in instead</source>
            <translation>运行该命令的人，按审计日志中的名称（默认：操作系统账户，形式为“{mark}ACCOUNT”）；控制台窗口则由值班员登录</translation>
        </message>
        <message>
            <source>open the embedded demo station (synthetic data)</source>
            <translation>打开内置的演示站（合成数据）</translation>
        </message>
        <message>
            <source>open the window, wait until it has painted with its inbox's first rows, print 'ready in N ms', exit</source>
            <translation>打开窗口，待其绘制出收件箱的首批行后，打印“ready in N ms”并退出</translation>
        </message>
        <message>
            <source>as --quit-when-ready, and print the milliseconds of each start-up phase to stderr</source>
            <translation>同 --quit-when-ready，并将每个启动阶段的毫秒数打印到 stderr</translation>
        </message>
        <message>
            <source>the language of the messages and help: {codes} (default: the system's locale)</source>
            <translation>消息和帮助的语言：{codes}（默认：系统的区域设置）</translation>
        </message>
        <message>
            <source>'{given}' is not a language of the console; give one of: {languages}</source>
            <translation>“{given}”不是控制台支持的语言；请从以下选择一种：{languages}</translation>
        </message>
        <message>
            <source>--officer names who runs a command; in the console window the officer on watch signs in</source>
            <translation>--officer 指定运行命令的人；在控制台窗口中由当班值班员登录</translation>
        </message>
        <message>
            <source>list the stored notices, or show one as the reading pane does</source>
            <translation>列出已存储的通报，或按阅读窗格的形式显示其中一份</translation>
        </message>
        <message>
            <source>the notices, newest first, with deadline and chain state</source>
            <translation>通报列表，最新的在前，包括时限和引用链状态</translation>
        </message>
        <message>
            <source>received (in) or sent (out); default both</source>
            <translation>已接收（in）或已发送（out）；默认两者</translation>
        </message>
        <message>
            <source>only notices with a DTG at or after TIME (2026-11-28T06:00:00Z, or a UTC day 2026-11-28)</source>
            <translation>仅列出 DTG 不早于 TIME 的通报（2026-11-28T06:00:00Z，或 UTC 日期 2026-11-28）</translation>
        </message>
        <message>
            <source>only notices still waiting for an acknowledgement</source>
            <translation>仅列出仍在等待确认收到的通报</translation>
        </message>
        <message>
            <source>at most N notices</source>
            <translation>最多 N 份通报</translation>
        </message>
        <message>
            <source>one JSON object (docs/cli.md)</source>
            <translation>一个 JSON 对象（见 docs/cli.md）</translation>
        </message>
        <message>
            <source>one notice, as the reading pane shows it</source>
            <translation>一份通报，按阅读窗格的形式显示</translation>
        </message>
        <message>
            <source>the notice's number in `notices list`, or its message id</source>
            <translation>该通报在 `notices list` 中的编号，或其消息标识</translation>
        </message>
        <message>
            <source>keep a working translation of a received notice's free text (never sent; the original stays as received)</source>
            <translation>为收到的通报的自由文本保存一份工作译文（不会发送；原文保持收到时的原样）</translation>
        </message>
        <message>
            <source>the free-text field, by its path in the notice</source>
            <translation>自由文本字段，以其在通报中的路径表示</translation>
        </message>
        <message>
            <source>the language translated into: en, ru or zh_CN</source>
            <translation>译入的语言：en、ru 或 zh_CN</translation>
        </message>
        <message>
            <source>the working translation</source>
            <translation>工作译文</translation>
        </message>
        <message>
            <source>the translating officer, on the station's roll (the PIN is asked for)</source>
            <translation>翻译的值班员，须在本站名册上（将要求输入 PIN 码）</translation>
        </message>
        <message>
            <source>the translation kept, as one JSON object</source>
            <translation>已保存的译文，作为一个 JSON 对象</translation>
        </message>
        <message>
            <source>acknowledge a received notice (the officer's PIN is asked for)</source>
            <translation>确认收到一份已接收的通报（将要求输入值班员的 PIN 码）</translation>
        </message>
        <message>
            <source>the acknowledging officer, on the station's roll</source>
            <translation>确认收到的值班员，须在本站名册上</translation>
        </message>
        <message>
            <source>the acknowledgement sent, as one JSON object</source>
            <translation>已发送的确认收到消息，作为一个 JSON 对象</translation>
        </message>
        <message>
            <source>check a notice given as JSON against the agreement and release it (PINs are asked for)</source>
            <translation>对照协议检查以 JSON 给出的通报并将其发出（将要求输入 PIN 码）</translation>
        </message>
        <message>
            <source>the notice (docs/format.md, section 3) without sequence, sender, dtg and released_by</source>
            <translation>该通报（见 docs/format.md 第 3 节），不含 sequence、sender、dtg 和 released_by</translation>
        </message>
        <message>
            <source>the officer who drafts and releases it</source>
            <translation>起草并发出该通报的值班员</translation>
        </message>
        <message>
            <source>the second officer, when the two-person rule is on</source>
            <translation>双人规则启用时的第二名值班员</translation>
        </message>
        <message>
            <source>release despite the agreement's warnings, for this reason (audited)</source>
            <translation>不顾协议警告仍发出，理由如下（记入审计）</translation>
        </message>
        <message>
            <source>the notice sent, as one JSON object</source>
            <translation>已发送的通报，作为一个 JSON 对象</translation>
        </message>
        <message>
            <source>{given} is not a UTC time like 2026-11-28T06:00:00Z or a day like 2026-11-28</source>
            <translation>{given} 不是 UTC 时间（如 2026-11-28T06:00:00Z）或日期（如 2026-11-28）</translation>
        </message>
        <message>
            <source>{given} is not a whole number of 1 or more</source>
            <translation>{given} 不是大于或等于 1 的整数</translation>
        </message>
        <message>
            <source>no notice {notice} is on record at this station; `watchdesk notices list` shows their numbers.</source>
            <translation>本站没有编号为 {notice} 的通报记录；`watchdesk notices list` 会显示各通报的编号。</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} 秒</translation>
        </message>
        <message>
            <source>Acknowledged by {officer} at {time}.</source>
            <translation>已由 {officer} 于 {time} 确认收到。</translation>
        </message>
        <message>
            <source>{stamp}: this notice no longer stands.</source>
            <translation>{stamp}：该通报已不再有效。</translation>
        </message>
        <message>
            <source>{counterpart} acknowledged it: {acknowledged}</source>
            <translation>{counterpart} 已确认收到：{acknowledged}</translation>
        </message>
        <message>
            <source>A problem report was sent instead of an acknowledgement.</source>
            <translation>已发送问题报告，而非确认收到。</translation>
        </message>
        <message>
            <source>{counterpart} reported a problem with it.</source>
            <translation>{counterpart} 报告了该通报存在问题。</translation>
        </message>
        <message>
            <source>Its receipt is still to be acknowledged (due {due}).</source>
            <translation>尚待确认收到（时限 {due}）。</translation>
        </message>
        <message>
            <source>{counterpart} has not acknowledged it (due {due}).</source>
            <translation>{counterpart} 尚未确认收到（时限 {due}）。</translation>
        </message>
        <message>
            <source>Acknowledge within {left} (due {due}).</source>
            <translation>须在 {left} 内确认收到（时限 {due}）。</translation>
        </message>
        <message>
            <source>Awaiting their acknowledgement: {left} left (due {due}).</source>
            <translation>等待对方确认收到：剩余 {left}（时限 {due}）。</translation>
        </message>
        <message>
            <source>Acknowledgement OVERDUE {late} (was due {due}).</source>
            <translation>确认收到已逾期 {late}（原时限 {due}）。</translation>
        </message>
        <message>
            <source>Their acknowledgement is OVERDUE {late} (was due {due}): follow it up with {counterpart}.</source>
            <translation>对方确认收到已逾期 {late}（原时限 {due}）：请向 {counterpart} 跟进。</translation>
        </message>
        <message>
            <source>{counterpart} reported a problem with this notice: see the inbox.</source>
            <translation>{counterpart} 报告该通报存在问题：请查看收件箱。</translation>
        </message>
        <message>
            <source>No acknowledgement is asked for this notice.</source>
            <translation>此通报无须确认收到。</translation>
        </message>
        <message>
            <source>Released; the file is not written yet (`watchdesk exchange export`).</source>
            <translation>已发出；文件尚未写入（`watchdesk exchange export`）。</translation>
        </message>
        <message>
            <source>File written to the outbox.</source>
            <translation>文件已写入发件箱。</translation>
        </message>
        <message>
            <source>PROBLEM: {problem}</source>
            <translation>问题：{problem}</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>（未提供）</translation>
        </message>
        <message>
            <source>From {counterpart}{name} · no. {sequence} · DTG {dtg}</source>
            <translation>来自 {counterpart}{name} · 第 {sequence} 号 · DTG {dtg}</translation>
        </message>
        <message>
            <source>To {counterpart}{name} · no. {sequence} · DTG {dtg}</source>
            <translation>发往 {counterpart}{name} · 第 {sequence} 号 · DTG {dtg}</translation>
        </message>
        <message>
            <source>Deadline: {words}</source>
            <translation>时限：{words}</translation>
        </message>
        <message>
            <source>PROBLEM: this message {problem}. It does not count as an acknowledgement; raise it with {counterpart}.</source>
            <translation>问题：此消息有误（{problem}）。它不算作确认收到；请向 {counterpart} 提出。</translation>
        </message>
        <message>
            <source>Changes: the version it replaces is not on record here; compare the details by hand.</source>
            <translation>变更：本站没有其所替代版本的记录；请人工比对细节。</translation>
        </message>
        <message>
            <source>Changes: no launch detail differs from the version it replaces.</source>
            <translation>变更：与其所替代的版本相比，发射细节无任何不同。</translation>
        </message>
        <message>
            <source>Changes against the version it replaces:</source>
            <translation>与其所替代版本相比的变更：</translation>
        </message>
        <message>
            <source>{field}: was {was}, now {now}</source>
            <translation>{field}：原为 {was}，现为 {now}</translation>
        </message>
        <message>
            <source>Chain on record:</source>
            <translation>已记录的引用链：</translation>
        </message>
        <message>
            <source>not on record here (message {message_id})</source>
            <translation>本站无记录（消息 {message_id}）</translation>
        </message>
        <message>
            <source>us</source>
            <translation>我方</translation>
        </message>
        <message>
            <source>them</source>
            <translation>对方</translation>
        </message>
        <message>
            <source>(this notice)</source>
            <translation>（本通报）</translation>
        </message>
        <message>
            <source>{kind} no. {sequence}</source>
            <translation>{kind} 第 {sequence} 号</translation>
        </message>
        <message>
            <source>Handling:</source>
            <translation>处理信息：</translation>
        </message>
        <message>
            <source>signature: valid, checked when the file was imported at {time}</source>
            <translation>签名：有效，已于 {time} 导入文件时检查</translation>
        </message>
        <message>
            <source>sender key: {key}</source>
            <translation>发送方密钥：{key}</translation>
        </message>
        <message>
            <source>sealed and signed by this station at {time}; delivery: {delivery}</source>
            <translation>已由本站于 {time} 密封并签名；递送：{delivery}</translation>
        </message>
        <message>
            <source>sequence {sequence} ({sender} -&gt; {recipient}), message id {message_id}</source>
            <translation>序号 {sequence}（{sender} -&gt; {recipient}），消息标识 {message_id}</translation>
        </message>
        <message>
            <source>SHA-256 of the sealed file: {sha256}</source>
            <translation>密封文件的 SHA-256：{sha256}</translation>
        </message>
        <message>
            <source>drafted by {drafter}, released by {releaser}, approved by {approver}</source>
            <translation>起草人 {drafter}，发出人 {releaser}，批准人 {approver}</translation>
        </message>
        <message>
            <source>drafted by {drafter}, released by {releaser}</source>
            <translation>起草人 {drafter}，发出人 {releaser}</translation>
        </message>
        <message>
            <source>released despite the agreement's warnings: {reason}</source>
            <translation>不顾协议警告仍发出：{reason}</translation>
        </message>
        <message>
            <source>Notice:</source>
            <translation>通报：</translation>
        </message>
        <message>
            <source>Free text: {caption}</source>
            <translation>自由文本：{caption}</translation>
        </message>
        <message>
            <source>No notices match.</source>
            <translation>没有匹配的通报。</translation>
        </message>
        <message>
            <source>ID	DIR	COUNTERPART	NO.	DTG	PRECEDENCE	KIND	STATUS	DEADLINE</source>
            <translation>ID	方向	对方	编号	DTG	优先等级	类型	状态	时限</translation>
        </message>
        <message>
            <source>{what} sealed as sequence {sequence} to {counterpart} (notice {notice}, message {message_id}), but it could not be written to the outbox: {error}. It is kept; `watchdesk exchange export` writes it.</source>
            <translation>{what} 已密封为第 {sequence} 号，发往 {counterpart}（通报 {notice}，消息 {message_id}），但未能写入发件箱：{error}。该通报已保留；`watchdesk exchange export` 会将其写出。</translation>
        </message>
        <message>
            <source>{what} sealed as sequence {sequence} to {counterpart} (notice {notice}, message {message_id}); waiting for acknowledgement, due {due}.</source>
            <translation>{what} 已密封为第 {sequence} 号，发往 {counterpart}（通报 {notice}，消息 {message_id}）；等待确认收到，时限 {due}。</translation>
        </message>
        <message>
            <source>{what} sealed as sequence {sequence} to {counterpart} (notice {notice}, message {message_id}).</source>
            <translation>{what} 已密封为第 {sequence} 号，发往 {counterpart}（通报 {notice}，消息 {message_id}）。</translation>
        </message>
        <message>
            <source>File: {path}</source>
            <translation>文件：{path}</translation>
        </message>
        <message>
            <source>{name} is not an active officer of this station; nothing was done.</source>
            <translation>{name} 不是本站的在职值班员；未执行任何操作。</translation>
        </message>
        <message>
            <source>name the acknowledging officer with --officer NAME: an acknowledgement names the officer who made it.</source>
            <translation>请用 --officer NAME 指定确认收到的值班员：确认收到须注明其值班员。</translation>
        </message>
        <message>
            <source>Acknowledgement</source>
            <translation>确认收到</translation>
        </message>
        <message>
            <source>name the translating officer with --officer NAME: a working translation names the officer who made it.</source>
            <translation>请用 --officer NAME 指定翻译的值班员：工作译文须注明其值班员。</translation>
        </message>
        <message>
            <source>{path} is not UTF-8 text (byte {byte}).</source>
            <translation>{path} 不是 UTF-8 文本（字节 {byte}）。</translation>
        </message>
        <message>
            <source>{path} is not JSON: {error} at line {line}, column {column}.</source>
            <translation>{path} 不是 JSON：{error}，位于第 {line} 行第 {column} 列。</translation>
        </message>
        <message>
            <source>{path} holds JSON but not a notice: a notice is a JSON object (docs/format.md, section 3).</source>
            <translation>{path} 包含 JSON，但不是通报：通报应为一个 JSON 对象（见 docs/format.md 第 3 节）。</translation>
        </message>
        <message>
            <source>{path} gives {fields}: the station fills it in when it releases the notice; leave them out.</source>
            <translation>{path} 给出了 {fields}：该字段由本站在发出通报时填写；请删去。</translation>
        </message>
        <message>
            <source>{path} gives {fields}: the station fills them in when it releases the notice; leave them out.</source>
            <translation>{path} 给出了 {fields}：这些字段由本站在发出通报时填写；请删去。</translation>
        </message>
        <message>
            <source>{path} names {named} as drafted_by but --drafter is {drafter}: leave drafted_by out (--drafter fills it) or make the two agree.</source>
            <translation>{path} 将 {named} 列为 drafted_by，但 --drafter 为 {drafter}：请删去 drafted_by（由 --drafter 填写），或使二者一致。</translation>
        </message>
        <message>
            <source>message id {message_id} is on record already: give the notice a new one, or leave message_id out and the station makes one.</source>
            <translation>消息标识 {message_id} 已有记录：请为该通报另设一个，或删去 message_id 由本站生成。</translation>
        </message>
        <message>
            <source>the notice {target} was already cancelled (outgoing sequence {sequence}); it cannot be amended.</source>
            <translation>通报 {target} 已被取消（发出序号 {sequence}）；无法修正。</translation>
        </message>
        <message>
            <source>the notice {target} was already cancelled (outgoing sequence {sequence}); it cannot be cancelled again.</source>
            <translation>通报 {target} 已被取消（发出序号 {sequence}）；无法再次取消。</translation>
        </message>
        <message>
            <source>{path} cannot be sent until these are fixed; nothing was done.</source>
            <translation>须先纠正上述问题，才能发送 {path}；未执行任何操作。</translation>
        </message>
        <message>
            <source>{path} is not a valid notice: {problem}; nothing was done.</source>
            <translation>{path} 不是有效的通报：{problem}；未执行任何操作。</translation>
        </message>
        <message>
            <source>the notice breaks the agreement's rules; release it only with --override-reason TEXT, which the audit log keeps. Nothing was done.</source>
            <translation>该通报违反协议规则；仅可使用 --override-reason TEXT 发出，该理由将记入审计日志。未执行任何操作。</translation>
        </message>
        <message>
            <source>No rule of the agreement is broken: the override reason is not needed and is not recorded.</source>
            <translation>未违反任何协议规则：无需例外理由，也不予记录。</translation>
        </message>
        <message>
            <source>the station's officers: list them, unlock one</source>
            <translation>本站的值班员：列出值班员，解锁某一值班员</translation>
        </message>
        <message>
            <source>every officer with role, state and any lock</source>
            <translation>每名值班员及其角色、状态和锁定情况</translation>
        </message>
        <message>
            <source>lift the lock of an officer locked after wrong PINs (a supervisor's PIN is asked for)</source>
            <translation>解除因 PIN 码错误而被锁定的值班员的锁定（将要求输入主管的 PIN 码）</translation>
        </message>
        <message>
            <source>the locked officer</source>
            <translation>被锁定的值班员</translation>
        </message>
        <message>
            <source>the supervisor who approves (another officer)</source>
            <translation>批准的主管（另一名值班员）</translation>
        </message>
        <message>
            <source>{name} is not an active supervisor of this station.</source>
            <translation>{name} 不是本站的在职主管。</translation>
        </message>
        <message>
            <source>a locked officer cannot unlock themselves; another supervisor must.</source>
            <translation>被锁定的值班员不能为自己解锁；须由另一名主管解锁。</translation>
        </message>
        <message>
            <source>there is no officer named {name}.</source>
            <translation>没有名为 {name} 的值班员。</translation>
        </message>
        <message>
            <source>{name} is not locked.</source>
            <translation>{name} 未被锁定。</translation>
        </message>
        <message>
            <source>PIN of {name}: </source>
            <translation>{name} 的 PIN 码： </translation>
        </message>
        <message>
            <source>{name} unlocked by {supervisor}.</source>
            <translation>{name} 已由 {supervisor} 解锁。</translation>
        </message>
        <message>
            <source>{asked} was not given and there is no terminal to ask it at: run the command at a terminal, or give each PIN as one line on standard input; nothing was done.</source>
            <translation>未提供{asked}，且没有可询问的终端：请在终端中运行该命令，或在标准输入中每行提供一个 PIN 码；未执行任何操作。</translation>
        </message>
        <message numerus="yes">
            <source>{name} is locked after %n wrong PINs in a row until {until}; another supervisor can unlock them.</source>
            <translation>
                <numerusform>{name} 因连续 %n 次输入错误的 PIN 码而被锁定，直至 {until}；另一名主管可为其解锁。</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is not an active officer of this station.</source>
            <translation>{name} 不是本站的在职值班员。</translation>
        </message>
        <message>
            <source>wrong PIN for {name}; nothing was done (1 try left before {name} is locked).</source>
            <translation>{name} 的 PIN 码错误；未执行任何操作（再错 1 次，{name} 将被锁定）。</translation>
        </message>
        <message numerus="yes">
            <source>wrong PIN for {name}; nothing was done (%n tries left before {name} is locked).</source>
            <translation>
                <numerusform>{name} 的 PIN 码错误；未执行任何操作（再错 %n 次，{name} 将被锁定）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}'s PIN is shorter than %n digits, which this station no longer accepts: set a new one now.</source>
            <translation>
                <numerusform>{name} 的 PIN 码短于 %n 位，本站已不再接受：请立即设置新的 PIN 码。</numerusform>
            </translation>
        </message>
        <message>
            <source>New PIN of {name} ({fewest} to 12 digits): </source>
            <translation>{name} 的新 PIN 码（{fewest} 至 12 位）： </translation>
        </message>
        <message>
            <source>New PIN of {name} again: </source>
            <translation>再次输入 {name} 的新 PIN 码： </translation>
        </message>
        <message>
            <source>the two new PINs differ; nothing was done. Run the command again.</source>
            <translation>两次输入的新 PIN 码不一致；未执行任何操作。请重新运行该命令。</translation>
        </message>
        <message>
            <source>{error} Nothing was done; run the command again.</source>
            <translation>{error}未执行任何操作；请重新运行该命令。</translation>
        </message>
        <message>
            <source>create a new station and its encrypted store</source>
            <translation>创建新站及其加密数据存储</translation>
        </message>
        <message>
            <source>this station's id, e.g. NRRC-US</source>
            <translation>本站的标识，例如 NRRC-US</translation>
        </message>
        <message>
            <source>this station's name</source>
            <translation>本站的名称</translation>
        </message>
        <message>
            <source>where to write the recovery sheet as PDF (default: ./watchdesk-recovery-STATION.pdf); print it, keep it in the safe, and delete the file</source>
            <translation>恢复单 PDF 的写入位置（默认：./watchdesk-recovery-STATION.pdf）；请将其打印，存放于保险柜中，然后删除该文件</translation>
        </message>
        <message>
            <source>check or checkpoint the audit log</source>
            <translation>检查审计日志或为其设置检查点</translation>
        </message>
        <message>
            <source>check the whole hash chain and its signed checkpoints</source>
            <translation>检查整个哈希链及其已签名的检查点</translation>
        </message>
        <message>
            <source>also check the chain against the audit head printed on a watch log or record (e.g. 1234:3f2a9c1b7d40e5a1)</source>
            <translation>同时对照值班日志或记录上打印的审计链头检查该链（例如 1234:3f2a9c1b7d40e5a1）</translation>
        </message>
        <message>
            <source>as a supervisor, accept that the audit log is behind its signed head, so writing resumes</source>
            <translation>以主管身份接受审计日志落后于其已签名链头的情况，以便恢复写入</translation>
        </message>
        <message>
            <source>the supervisor's name (the PIN is asked for)</source>
            <translation>主管姓名（将要求输入 PIN 码）</translation>
        </message>
        <message>
            <source>sign the audit log's current head now</source>
            <translation>立即为审计日志的当前链头签名</translation>
        </message>
        <message>
            <source>write a consistent encrypted copy of the store (console may run)</source>
            <translation>写出数据存储的一致性加密副本（控制台可以在运行）</translation>
        </message>
        <message>
            <source>replace the store with a checked backup (console closed)</source>
            <translation>用已检查的备份替换数据存储（须关闭控制台）</translation>
        </message>
        <message>
            <source>put the store key back into the keyring from the recovery sheet</source>
            <translation>根据恢复单将数据存储密钥放回密钥环</translation>
        </message>
        <message>
            <source>Created station {station_id} in {data_dir}.</source>
            <translation>已在 {data_dir} 中创建站 {station_id}。</translation>
        </message>
        <message>
            <source>Recovery sheet: {path}  (print it, store it safely, then delete the file)</source>
            <translation>恢复单：{path}  （请打印、妥善保存，然后删除该文件）</translation>
        </message>
        <message>
            <source>'{given}' is not an audit anchor; type it as printed on paper, COUNT:HASH (for example 1234:3f2a9c1b7d40e5a1).</source>
            <translation>“{given}”不是审计锚点；请按纸面上打印的形式输入，即 COUNT:HASH（例如 1234:3f2a9c1b7d40e5a1）。</translation>
        </message>
        <message>
            <source>the paper anchor {count}:{hash} matches the chain</source>
            <translation>纸面锚点 {count}:{hash} 与审计链相符</translation>
        </message>
        <message>
            <source>The audit log is not in its alarm state; there is nothing to acknowledge.</source>
            <translation>审计日志未处于警报状态；无需确认。</translation>
        </message>
        <message>
            <source>Wrong PIN for {name} (or no such officer); nothing was acknowledged.</source>
            <translation>{name} 的 PIN 码错误（或无此值班员）；未确认任何内容。</translation>
        </message>
        <message numerus="yes">
            <source>Acknowledged by {supervisor}: %n audit entries are missing. Writing resumes; re-import the notices still in processed/ with `watchdesk exchange reimport`.</source>
            <translation>
                <numerusform>已由 {supervisor} 确认：缺失 %n 条审计条目。写入将恢复；请使用 `watchdesk exchange reimport` 重新导入仍在 processed/ 中的通报。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>signed checkpoint over %n audit entries</source>
            <translation>
                <numerusform>覆盖 %n 条审计条目的已签名检查点</numerusform>
            </translation>
        </message>
        <message>
            <source>backup written to {path}</source>
            <translation>备份已写入 {path}</translation>
        </message>
        <message>
            <source>store restored from {backup}; the previous store was kept as {kept}</source>
            <translation>已从 {backup} 恢复数据存储；原数据存储已保留为 {kept}</translation>
        </message>
        <message numerus="yes">
            <source>The restored audit log has {restored} entries; %n recorded since the backup are not in it. Re-import the notices still in processed/ with `watchdesk exchange reimport`.</source>
            <translation>
                <numerusform>恢复后的审计日志有 {restored} 条条目；备份之后记录的 %n 条不在其中。请使用 `watchdesk exchange reimport` 重新导入仍在 processed/ 中的通报。</numerusform>
            </translation>
        </message>
        <message>
            <source>Recovery code: </source>
            <translation>恢复码： </translation>
        </message>
        <message>
            <source>cannot read the recovery code: {error}</source>
            <translation>无法读取恢复码：{error}</translation>
        </message>
        <message>
            <source>The store key of station {station_id} is back in the keyring.</source>
            <translation>站 {station_id} 的数据存储密钥已放回密钥环。</translation>
        </message>
        <message>
            <source>polygon {points}</source>
            <translation>多边形 {points}</translation>
        </message>
        <message>
            <source>must be a list of points</source>
            <translation>必须是点的列表</translation>
        </message>
        <message numerus="yes">
            <source>has %n points; a closed ring needs at least 4 (first repeated last)</source>
            <translation>
                <numerusform>有 %n 个点；闭合环至少需要 4 个点（首点在末尾重复）</numerusform>
            </translation>
        </message>
        <message>
            <source>the ring is not closed: the last point must repeat the first</source>
            <translation>环未闭合：最后一个点必须与第一个点相同</translation>
        </message>
        <message>
            <source>circle radius must be a number</source>
            <translation>圆半径必须是数字</translation>
        </message>
        <message>
            <source>circle radius must be above zero (got {radius})</source>
            <translation>圆半径必须大于零（实为 {radius}）</translation>
        </message>
        <message>
            <source>circle unit must be km or NM (got {unit})</source>
            <translation>圆的单位必须是 km 或 NM（实为 {unit}）</translation>
        </message>
        <message>
            <source>circle radius {radius} {unit} around {centre}</source>
            <translation>圆，半径 {radius} {unit}，中心 {centre}</translation>
        </message>
        <message>
            <source>must be a number above zero (got {radius})</source>
            <translation>必须是大于零的数字（实为 {radius}）</translation>
        </message>
        <message>
            <source>must be "km" or "NM" (got {unit})</source>
            <translation>必须是 "km" 或 "NM"（实为 {unit}）</translation>
        </message>
        <message>
            <source>{ocean} Ocean, {quadrant} quadrant</source>
            <translation>{ocean}，{quadrant} 象限</translation>
        </message>
        <message>
            <source>must be one of {choices}</source>
            <translation>必须是以下之一：{choices}</translation>
        </message>
        <message>
            <source>must be one of NE, NW, SE, SW</source>
            <translation>必须是以下之一：NE、NW、SE、SW</translation>
        </message>
        <message>
            <source>a body of water needs a name of 1 to 100 characters</source>
            <translation>水域名称须为 1 至 100 个字符</translation>
        </message>
        <message>
            <source>must be a name of 1 to 100 characters</source>
            <translation>必须是 1 至 100 个字符的名称</translation>
        </message>
        <message>
            <source>an area must be an object with a "type"</source>
            <translation>区域必须是带有 "type" 的对象</translation>
        </message>
        <message>
            <source>must be one of {choices} (got {value})</source>
            <translation>必须是以下之一：{choices}（实为 {value}）</translation>
        </message>
        <message>
            <source>an area must be an object</source>
            <translation>区域必须是对象</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>缺失</translation>
        </message>
        <message>
            <source>is not a recognised field</source>
            <translation>不是可识别的字段</translation>
        </message>
        <message>
            <source>a point must be an object with "lat" and "lon"</source>
            <translation>点必须是带有 "lat" 和 "lon" 的对象</translation>
        </message>
        <message>
            <source>must map each area's name to the points of its outline</source>
            <translation>必须将每个区域的名称映射到其轮廓的点</translation>
        </message>
        <message>
            <source>{name} is not a name of 1 to 100 characters</source>
            <translation>{name} 不是 1 至 100 个字符的名称</translation>
        </message>
        <message>
            <source>names the same area as {other}</source>
            <translation>与 {other} 指称同一区域</translation>
        </message>
        <message>
            <source>latitude must be a number, not {type}</source>
            <translation>纬度必须是数字，而非 {type}</translation>
        </message>
        <message>
            <source>longitude must be a number, not {type}</source>
            <translation>经度必须是数字，而非 {type}</translation>
        </message>
        <message>
            <source>latitude is out of range (-{limit} to {limit})</source>
            <translation>纬度超出范围（-{limit} 至 {limit}）</translation>
        </message>
        <message>
            <source>longitude is out of range (-{limit} to {limit})</source>
            <translation>经度超出范围（-{limit} 至 {limit}）</translation>
        </message>
        <message>
            <source>latitude must be a finite number</source>
            <translation>纬度必须是有限数值</translation>
        </message>
        <message>
            <source>longitude must be a finite number</source>
            <translation>经度必须是有限数值</translation>
        </message>
        <message>
            <source>latitude {value} is out of range (-{limit} to {limit})</source>
            <translation>纬度 {value} 超出范围（-{limit} 至 {limit}）</translation>
        </message>
        <message>
            <source>longitude {value} is out of range (-{limit} to {limit})</source>
            <translation>经度 {value} 超出范围（-{limit} 至 {limit}）</translation>
        </message>
        <message>
            <source>a point must be an object with exactly "lat" and "lon"</source>
            <translation>点必须是恰好带有 "lat" 和 "lon" 的对象</translation>
        </message>
        <message>
            <source>cannot read '{text}' as a coordinate: expected forms such as {forms}</source>
            <translation>无法将“{text}”读作坐标：应采用如下形式：{forms}</translation>
        </message>
        <message>
            <source>'{text}': a dash between numbers is the NAVAREA degree-minute mark and needs the hemisphere letters (28-30.00N 080-30.00W); for a negative number put a space or comma before the minus sign (28.5, -80.5)</source>
            <translation>“{text}”：数字之间的短横线是 NAVAREA 度-分标记，须带半球字母（28-30.00N 080-30.00W）；表示负数时，请在负号前加空格或逗号（28.5, -80.5）</translation>
        </message>
        <message>
            <source>'{text}' has {count} separators; use one comma between latitude and longitude, and a point (not a comma) for decimals</source>
            <translation>“{text}”有 {count} 个分隔符；纬度与经度之间请用一个逗号分隔，小数请用小数点（而非逗号）</translation>
        </message>
        <message>
            <source>'{text}' has only one hemisphere letter; give one for the latitude (N/S) and one for the longitude (E/W), or none</source>
            <translation>“{text}”只有一个半球字母；请为纬度（N/S）和经度（E/W）各给出一个，或均不给出</translation>
        </message>
        <message>
            <source>'{text}' has {count} hemisphere letters; give one for the latitude (N/S) and one for the longitude (E/W), or none</source>
            <translation>“{text}”有 {count} 个半球字母；请为纬度（N/S）和经度（E/W）各给出一个，或均不给出</translation>
        </message>
        <message>
            <source>compact latitude '{number}' in '{text}' must have {short} digits (DDMM) or {long} digits (DDMMSS) before the hemisphere letter</source>
            <translation>“{text}”中的紧凑纬度“{number}”在半球字母之前须有 {short} 位数字（DDMM）或 {long} 位数字（DDMMSS）</translation>
        </message>
        <message>
            <source>compact longitude '{number}' in '{text}' must have {short} digits (DDDMM) or {long} digits (DDDMMSS) before the hemisphere letter</source>
            <translation>“{text}”中的紧凑经度“{number}”在半球字母之前须有 {short} 位数字（DDDMM）或 {long} 位数字（DDDMMSS）</translation>
        </message>
        <message>
            <source>'{text}': degrees have a decimal part, so minutes cannot follow</source>
            <translation>“{text}”：度带有小数部分，其后不能再跟分</translation>
        </message>
        <message>
            <source>'{text}': minutes have a decimal part, so seconds cannot follow</source>
            <translation>“{text}”：分带有小数部分，其后不能再跟秒</translation>
        </message>
        <message>
            <source>'{text}': minutes cannot have a sign; put the sign on the degrees</source>
            <translation>“{text}”：分不能带正负号；请将符号置于度上</translation>
        </message>
        <message>
            <source>'{text}': minutes must be below 60 (got {minutes})</source>
            <translation>“{text}”：分必须小于 60（实为 {minutes}）</translation>
        </message>
        <message>
            <source>'{text}': seconds cannot have a sign; put the sign on the degrees</source>
            <translation>“{text}”：秒不能带正负号；请将符号置于度上</translation>
        </message>
        <message>
            <source>'{text}': seconds must be below 60 (got {seconds})</source>
            <translation>“{text}”：秒必须小于 60（实为 {seconds}）</translation>
        </message>
        <message>
            <source>'{text}': expected degrees, then minutes ('), then seconds (") in that order</source>
            <translation>“{text}”：应依次为度、分（'）、秒（"）</translation>
        </message>
        <message>
            <source>'{text}': use either a sign or a hemisphere letter, not both</source>
            <translation>“{text}”：请使用正负号或半球字母之一，不可同时使用</translation>
        </message>
        <message>
            <source>no coordinate given: expected forms such as {forms}</source>
            <translation>未给出坐标：应采用如下形式：{forms}</translation>
        </message>
        <message>
            <source>'{text}': both parts are latitudes (N/S); give one latitude and one longitude</source>
            <translation>“{text}”：两部分均为纬度（N/S）；请给出一个纬度和一个经度</translation>
        </message>
        <message>
            <source>'{text}': both parts are longitudes (E/W); give one latitude and one longitude</source>
            <translation>“{text}”：两部分均为经度（E/W）；请给出一个纬度和一个经度</translation>
        </message>
        <message>
            <source>'{text}': give a hemisphere letter for both latitude and longitude, or for neither</source>
            <translation>“{text}”：请为纬度和经度都给出半球字母，或都不给出</translation>
        </message>
        <message>
            <source>no latitude given</source>
            <translation>未给出纬度</translation>
        </message>
        <message>
            <source>no longitude given</source>
            <translation>未给出经度</translation>
        </message>
        <message>
            <source>'{text}' is not a latitude (N/S)</source>
            <translation>“{text}”不是纬度（N/S）</translation>
        </message>
        <message>
            <source>'{text}' is not a longitude (E/W)</source>
            <translation>“{text}”不是经度（E/W）</translation>
        </message>
        <message>
            <source>a profile must be an object</source>
            <translation>配置必须是对象</translation>
        </message>
        <message>
            <source>is not a recognised setting</source>
            <translation>不是可识别的设置项</translation>
        </message>
        <message>
            <source>must be non-empty text</source>
            <translation>必须是非空文本</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>必须是文本</translation>
        </message>
        <message>
            <source>must be a non-empty list of kinds</source>
            <translation>必须是非空的类型列表</translation>
        </message>
        <message>
            <source>{kind} is not a known kind</source>
            <translation>{kind} 不是已知类型</translation>
        </message>
        <message>
            <source>must give minutes for FLASH, IMMEDIATE, PRIORITY and ROUTINE</source>
            <translation>必须给出 FLASH、IMMEDIATE、PRIORITY 和 ROUTINE 的分钟数</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>必须为 true 或 false</translation>
        </message>
        <message>
            <source>must be a whole number of minutes, at least {smallest}</source>
            <translation>必须是整数分钟数，至少为 {smallest}</translation>
        </message>
        <message>
            <source>The {field} are missing.</source>
            <translation>缺少{field}。</translation>
        </message>
        <message>
            <source>The {field} is missing.</source>
            <translation>缺少{field}。</translation>
        </message>
        <message>
            <source>The {field} {value} is not one of {choices}.</source>
            <translation>{field} {value} 不在 {choices} 之中。</translation>
        </message>
        <message>
            <source>The {field} must be text.</source>
            <translation>{field}必须是文本。</translation>
        </message>
        <message numerus="yes">
            <source>The {field} are %n characters long; the limit is {limit}.</source>
            <translation>
                <numerusform>{field}长 %n 个字符；上限为 {limit}。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The {field} is %n characters long; the limit is {limit}.</source>
            <translation>
                <numerusform>{field}长 %n 个字符；上限为 {limit}。</numerusform>
            </translation>
        </message>
        <message>
            <source>The {field} is not a UTC time like {example} ({problem}).</source>
            <translation>{field}不是形如 {example} 的 UTC 时间（{problem}）。</translation>
        </message>
        <message>
            <source>{kind} is not a known message kind.</source>
            <translation>{kind} 不是已知的消息类型。</translation>
        </message>
        <message>
            <source>The recipient is this station itself; choose the counterpart station.</source>
            <translation>收件方是本站自身；请选择对方站。</translation>
        </message>
        <message>
            <source>The agreement profile '{profile}' is an exercise, yet the status is ACTUAL: the counterpart will read this notice as a real event.</source>
            <translation>协议配置“{profile}”为演练配置，但状态为 ACTUAL：对方将把此通报视为真实事件。</translation>
        </message>
        <message>
            <source>The notice is sent under '{agreement}' but the desk is checking it against '{profile}'.</source>
            <translation>该通报依据“{agreement}”发送，但值班台正对照“{profile}”进行检查。</translation>
        </message>
        <message>
            <source>A point needs a latitude and a longitude.</source>
            <translation>点需要纬度和经度。</translation>
        </message>
        <message>
            <source>The launch area must be an area.</source>
            <translation>发射区必须是一个区域。</translation>
        </message>
        <message>
            <source>The impact area must be an area.</source>
            <translation>落区必须是一个区域。</translation>
        </message>
        <message>
            <source>The launch area must be a polygon or a circle or an ocean quadrant or a body of water, not {got}.</source>
            <translation>发射区必须是多边形、圆、大洋象限或水域，而非{got}。</translation>
        </message>
        <message>
            <source>The impact area must be a polygon or a circle, not {got}.</source>
            <translation>落区必须是多边形或圆，而非{got}。</translation>
        </message>
        <message>
            <source>The boundary points must be a list of points.</source>
            <translation>边界点必须是点的列表。</translation>
        </message>
        <message numerus="yes">
            <source>The polygon has %n distinct corner; an area needs at least 3.</source>
            <translation>
                <numerusform>该多边形只有 %n 个不同的顶点；一个区域至少需要 3 个。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The polygon has %n distinct corners; an area needs at least 3.</source>
            <translation>
                <numerusform>该多边形只有 %n 个不同的顶点；一个区域至少需要 3 个。</numerusform>
            </translation>
        </message>
        <message>
            <source>The polygon is not closed: its last point should repeat the first. Close the ring to continue.</source>
            <translation>该多边形未闭合：最后一个点应与第一个点相同。请闭合该环以继续。</translation>
        </message>
        <message>
            <source>The circle radius must be a number above zero (it is {radius}).</source>
            <translation>圆半径必须是大于零的数字（现为 {radius}）。</translation>
        </message>
        <message>
            <source>The number of vehicles must be a whole number, at least 1 (it is {count}).</source>
            <translation>运载器数量必须是整数，至少为 1（现为 {count}）。</translation>
        </message>
        <message>
            <source>Give at least one impact area.</source>
            <translation>请至少给出一个落区。</translation>
        </message>
        <message>
            <source>The impact areas must be a list of areas.</source>
            <translation>落区必须是区域的列表。</translation>
        </message>
        <message>
            <source>The window closes ({end}) before it opens ({start}).</source>
            <translation>窗口关闭时间（{end}）早于开启时间（{start}）。</translation>
        </message>
        <message>
            <source>The window closes at the moment it opens ({start}); give a later closing time.</source>
            <translation>窗口关闭时间与开启时间相同（{start}）；请给出更晚的关闭时间。</translation>
        </message>
        <message>
            <source>The window is {length} long; the agreement profile allows at most {limit}.</source>
            <translation>窗口长度为 {length}；协议配置最多允许 {limit}。</translation>
        </message>
        <message>
            <source>The whole window is in the past: it closed {ago} ago ({end}). Give the window of a launch still to come.</source>
            <translation>整个窗口均已过去：已于 {ago}前关闭（{end}）。请给出尚未进行的发射的窗口。</translation>
        </message>
        <message>
            <source>The window opened {ago} ago; the agreement asks for notice in advance.</source>
            <translation>窗口已于 {ago}前开启；协议要求提前通报。</translation>
        </message>
        <message>
            <source>The window opens in {within}; the agreement needs at least {lead} notice.</source>
            <translation>窗口将于 {within}后开启；协议要求至少提前 {lead}通报。</translation>
        </message>
        <message>
            <source>The amended launch details must be an object.</source>
            <translation>修正后的发射细节必须是对象。</translation>
        </message>
        <message>
            <source>The actual launch time is {ahead} in the future.</source>
            <translation>实际发射时间比当前时间晚 {ahead}。</translation>
        </message>
        <message>
            <source>The {field} ({target}…) is not listed in the references.</source>
            <translation>{field}（{target}…）未列在 references 中。</translation>
        </message>
        <message>
            <source>This is not a notice.</source>
            <translation>这不是通报。</translation>
        </message>
        <message>
            <source>{value} does not match {pattern}</source>
            <translation>{value} 与 {pattern} 不匹配</translation>
        </message>
        <message>
            <source>{one} or {other}</source>
            <translation>{one}或{other}</translation>
        </message>
        <message>
            <source>must be {type}</source>
            <translation>必须是{type}</translation>
        </message>
        <message>
            <source>must be {description} (got {value})</source>
            <translation>必须符合：{description}（实为 {value}）</translation>
        </message>
        <message>
            <source>must be {expected} (got {value})</source>
            <translation>必须是 {expected}（实为 {value}）</translation>
        </message>
        <message>
            <source>must be at least {limit} (got {value})</source>
            <translation>必须至少为 {limit}（实为 {value}）</translation>
        </message>
        <message>
            <source>must be at most {limit} (got {value})</source>
            <translation>必须至多为 {limit}（实为 {value}）</translation>
        </message>
        <message>
            <source>must be above {limit} (got {value})</source>
            <translation>必须大于 {limit}（实为 {value}）</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>不得为空</translation>
        </message>
        <message numerus="yes">
            <source>must be at least %n characters</source>
            <translation>
                <numerusform>必须至少有 %n 个字符</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>must be at most %n characters (got {length})</source>
            <translation>
                <numerusform>必须至多有 %n 个字符（实为 {length}）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>must have at least %n item (got {count})</source>
            <translation>
                <numerusform>必须至少有 %n 项（实为 {count}）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>must have at least %n items (got {count})</source>
            <translation>
                <numerusform>必须至少有 %n 项（实为 {count}）</numerusform>
            </translation>
        </message>
        <message>
            <source>must be a finite number</source>
            <translation>必须是有限数值</translation>
        </message>
        <message>
            <source>must differ from the sender</source>
            <translation>必须与发送方不同</translation>
        </message>
        <message>
            <source>must be after window_start</source>
            <translation>必须晚于 window_start</translation>
        </message>
        <message>
            <source>must list the message named in {field} ({target})</source>
            <translation>必须列出 {field} 中指定的消息（{target}）</translation>
        </message>
        <message>
            <source>differs from the sha256 given for {target} in references</source>
            <translation>与 references 中为 {target} 给出的 sha256 不同</translation>
        </message>
        <message>
            <source>a notice must be a JSON object</source>
            <translation>通报必须是 JSON 对象</translation>
        </message>
        <message>
            <source>'{text}': month {month} does not exist (1 to 12)</source>
            <translation>“{text}”：月份 {month} 不存在（1 至 12）</translation>
        </message>
        <message>
            <source>'{text}': hour {hour} is out of range (00 to 23)</source>
            <translation>“{text}”：小时 {hour} 超出范围（00 至 23）</translation>
        </message>
        <message>
            <source>'{text}': minute {minute} is out of range (00 to 59)</source>
            <translation>“{text}”：分钟 {minute} 超出范围（00 至 59）</translation>
        </message>
        <message>
            <source>'{text}': second {second} is out of range (00 to 59)</source>
            <translation>“{text}”：秒 {second} 超出范围（00 至 59）</translation>
        </message>
        <message>
            <source>'{text}': day {day} does not exist in {month} {year}</source>
            <translation>“{text}”：{year} 年 {month} 没有 {day} 日</translation>
        </message>
        <message>
            <source>expected a time string like {example}, got {type}</source>
            <translation>应为形如 {example} 的时间字符串，实为 {type}</translation>
        </message>
        <message>
            <source>cannot read '{text}' as a UTC time: expected the form {example}</source>
            <translation>无法将“{text}”读作 UTC 时间：应采用 {example} 形式</translation>
        </message>
        <message>
            <source>'{text}' has no time zone; write UTC with a trailing Z (e.g. {example})</source>
            <translation>“{text}”没有时区；请写 UTC 时间并以 Z 结尾（例如 {example}）</translation>
        </message>
        <message>
            <source>'{text}' has a lower-case 'z'; write a capital Z (e.g. {example})</source>
            <translation>“{text}”含小写“z”；请写大写 Z（例如 {example}）</translation>
        </message>
        <message>
            <source>'{text}' has the offset '{zone}'; write the time in UTC with a trailing Z (e.g. {example})</source>
            <translation>“{text}”带有时差“{zone}”；请以 UTC 书写时间并以 Z 结尾（例如 {example}）</translation>
        </message>
        <message>
            <source>'{text}' has fractions of a second; give whole seconds (e.g. {example})</source>
            <translation>“{text}”含秒的小数部分；请给出整秒（例如 {example}）</translation>
        </message>
        <message>
            <source>'{text}' has no seconds; give hh:mm:ss (e.g. {example})</source>
            <translation>“{text}”没有秒；请给出 hh:mm:ss（例如 {example}）</translation>
        </message>
        <message>
            <source>'{text}' has spaces around it (e.g. {example})</source>
            <translation>“{text}”前后有空格（例如 {example}）</translation>
        </message>
        <message>
            <source>'{text}' needs a capital T between the date and the time (e.g. {example})</source>
            <translation>“{text}”的日期与时间之间需要大写字母 T（例如 {example}）</translation>
        </message>
        <message>
            <source>cannot read '{text}' as a date-time group: expected the form {example}</source>
            <translation>无法将“{text}”读作日时组：应采用 {example} 形式</translation>
        </message>
        <message>
            <source>'{text}': '{month}' is not a month (JAN to DEC)</source>
            <translation>“{text}”：“{month}”不是月份（JAN 至 DEC）</translation>
        </message>
        <message>
            <source>cannot read '{text}' as a NOTAM time: expected ten digits YYMMDDhhmm such as {example}</source>
            <translation>无法将“{text}”读作 NOTAM 时间：应为十位数字 YYMMDDhhmm，例如 {example}</translation>
        </message>
        <message>
            <source>local</source>
            <translation>本地</translation>
        </message>
        <message>
            <source>less than 1 min</source>
            <translation>不到 1 分钟</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} 小时 {minutes} 分钟</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} 小时</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} 分钟</translation>
        </message>
        <message>
            <source>{days} d {hours} h</source>
            <translation>{days} 天 {hours} 小时</translation>
        </message>
        <message>
            <source>{days} d</source>
            <translation>{days} 天</translation>
        </message>
        <message>
            <source>the folder is read-only or not accessible</source>
            <translation>该文件夹为只读或无法访问</translation>
        </message>
        <message>
            <source>{counterpart}: inbox missing ({path})</source>
            <translation>{counterpart}：收件箱缺失（{path}）</translation>
        </message>
        <message>
            <source>{counterpart}: inbox not writable</source>
            <translation>{counterpart}：收件箱不可写</translation>
        </message>
        <message numerus="yes">
            <source>{counterpart}: %n waiting</source>
            <translation>
                <numerusform>{counterpart}：%n 个文件等待中</numerusform>
            </translation>
        </message>
        <message>
            <source>{counterpart}: ok</source>
            <translation>{counterpart}：正常</translation>
        </message>
        <message>
            <source>the name is taken</source>
            <translation>该名称已被占用</translation>
        </message>
        <message>
            <source>the file changed as it was being moved</source>
            <translation>文件在移动过程中发生了变化</translation>
        </message>
        <message>
            <source>a directory cannot be moved to another file system</source>
            <translation>目录无法移动到另一个文件系统</translation>
        </message>
        <message>
            <source>a socket cannot be moved to another file system</source>
            <translation>套接字无法移动到另一个文件系统</translation>
        </message>
        <message>
            <source>a device cannot be moved to another file system</source>
            <translation>设备文件无法移动到另一个文件系统</translation>
        </message>
        <message>
            <source>a special file cannot be moved to another file system</source>
            <translation>特殊文件无法移动到另一个文件系统</translation>
        </message>
        <message numerus="yes">
            <source>%n accepted</source>
            <translation>
                <numerusform>已接受 %n 个</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate</source>
            <translation>
                <numerusform>重复 %n 个</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n held</source>
            <translation>
                <numerusform>已暂存 %n 个</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quarantined</source>
            <translation>
                <numerusform>已隔离 %n 个</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>已拒收 %n 个</numerusform>
            </translation>
        </message>
        <message>
            <source>{counterpart}: {counts}</source>
            <translation>{counterpart}：{counts}</translation>
        </message>
        <message>
            <source>{counterpart}: nothing new</source>
            <translation>{counterpart}：无新内容</translation>
        </message>
        <message>
            <source>{summary}; stopped: {error}</source>
            <translation>{summary}；已停止：{error}</translation>
        </message>
        <message>
            <source>another import is running</source>
            <translation>另一个导入正在运行</translation>
        </message>
        <message>
            <source>it could not be handled ({error}); it was left in the inbox</source>
            <translation>无法处理该文件（{error}）；已将其留在收件箱中</translation>
        </message>
        <message>
            <source>held: {station}'s key changed and was not verified again</source>
            <translation>已暂存：{station} 的密钥已变更，且未重新核验</translation>
        </message>
        <message>
            <source>held: {station}'s key is not verified</source>
            <translation>已暂存：{station} 的密钥未经核验</translation>
        </message>
        <message>
            <source>it could not be read ({error}); it was left in the inbox</source>
            <translation>无法读取该文件（{error}）；已将其留在收件箱中</translation>
        </message>
        <message>
            <source>stored, but it could not be moved to processed/ ({error})</source>
            <translation>已存储，但无法移至 processed/（{error}）</translation>
        </message>
        <message>
            <source>{reason}; it left the inbox before it could be quarantined</source>
            <translation>{reason}；该文件在被隔离之前已离开收件箱</translation>
        </message>
        <message>
            <source>{reason}; it could not be moved to quarantine ({error}), so it was left in the inbox</source>
            <translation>{reason}；无法将其移入隔离区（{error}），因此已将其留在收件箱中</translation>
        </message>
        <message>
            <source>fixed sealing values are for the test vectors only; {station}'s encryption key is not one of the published test keys</source>
            <translation>固定的密封值仅用于测试向量；{station} 的加密密钥不是已公布的测试密钥之一</translation>
        </message>
        <message>
            <source>issued_at must carry a time zone</source>
            <translation>issued_at 必须带有时区</translation>
        </message>
        <message>
            <source>the notice cannot be written as JSON: {error}</source>
            <translation>该通报无法写为 JSON：{error}</translation>
        </message>
        <message>
            <source>the sealed file would be {size} bytes, over the {limit}-byte limit every receiver enforces; shorten the notice</source>
            <translation>密封文件将为 {size} 字节，超过每个接收方执行的 {limit} 字节上限；请缩短该通报</translation>
        </message>
        <message>
            <source>the recipient's encryption key cannot be used: {error}</source>
            <translation>收件方的加密密钥无法使用：{error}</translation>
        </message>
        <message>
            <source>sender and recipient must be valid station ids</source>
            <translation>发送方和收件方必须是有效的站标识</translation>
        </message>
        <message>
            <source>a station cannot seal a notice to itself</source>
            <translation>站不能向自身密封通报</translation>
        </message>
        <message>
            <source>the notice must be a JSON object</source>
            <translation>该通报必须是 JSON 对象</translation>
        </message>
        <message>
            <source>the notice has no {field}</source>
            <translation>该通报没有 {field}</translation>
        </message>
        <message>
            <source>this writer produces format version {version} only</source>
            <translation>此写入程序仅生成格式版本 {version}</translation>
        </message>
        <message>
            <source>the notice's sender {sender} is not the sealing station {station}</source>
            <translation>该通报的发送方 {sender} 不是执行密封的站 {station}</translation>
        </message>
        <message>
            <source>the notice's recipient {recipient} is not the key card's station {station}</source>
            <translation>该通报的收件方 {recipient} 不是密钥卡所属的站 {station}</translation>
        </message>
        <message>
            <source>message_id must be a lower-case canonical UUID</source>
            <translation>message_id 必须是小写的规范 UUID</translation>
        </message>
        <message>
            <source>sequence must be a whole number from 1 to {largest}</source>
            <translation>sequence 必须是 1 至 {largest} 之间的整数</translation>
        </message>
        <message>
            <source>A draft needs a message kind.</source>
            <translation>草稿需要消息类型。</translation>
        </message>
        <message>
            <source>A template needs a name, for example 'SLV launch from the northern range'.</source>
            <translation>模板需要名称，例如“北部靶场 SLV 发射”。</translation>
        </message>
        <message>
            <source>Templates hold new launch notifications and general communications; an {kind} belongs to the one message it answers.</source>
            <translation>模板用于保存新的发射通报和一般通信；{kind} 类型的消息属于其所答复的那一份消息。</translation>
        </message>
        <message>
            <source>A template needs a name.</source>
            <translation>模板需要名称。</translation>
        </message>
        <message>
            <source>That template no longer exists.</source>
            <translation>该模板已不存在。</translation>
        </message>
        <message>
            <source>There is already a template named '{name}' for {counterpart}; choose another name.</source>
            <translation>已有适用于 {counterpart} 的名为“{name}”的模板；请另选名称。</translation>
        </message>
        <message>
            <source>There is already a template named '{name}' for any counterpart; choose another name.</source>
            <translation>已有适用于任一对方的名为“{name}”的模板；请另选名称。</translation>
        </message>
        <message>
            <source>Only a notice this station sent can be amended; this one was received.</source>
            <translation>只有本站发出的通报才能修正；此通报是接收的。</translation>
        </message>
        <message>
            <source>Only a notice this station sent can be postponed; this one was received.</source>
            <translation>只有本站发出的通报才能推迟；此通报是接收的。</translation>
        </message>
        <message>
            <source>Only a notice this station sent can be cancelled; this one was received.</source>
            <translation>只有本站发出的通报才能取消；此通报是接收的。</translation>
        </message>
        <message>
            <source>Only a notice this station sent can be reported on; this one was received.</source>
            <translation>只有本站发出的通报才能据以提交发射后报告；此通报是接收的。</translation>
        </message>
        <message>
            <source>Only a launch notification or an amendment can be amended; this is a {kind}.</source>
            <translation>只有发射通报或修正通报才能修正；此消息为 {kind} 类型。</translation>
        </message>
        <message>
            <source>Only a launch notification or an amendment can be postponed; this is a {kind}.</source>
            <translation>只有发射通报或修正通报才能推迟；此消息为 {kind} 类型。</translation>
        </message>
        <message>
            <source>Only a launch notification or an amendment can be cancelled; this is a {kind}.</source>
            <translation>只有发射通报或修正通报才能取消；此消息为 {kind} 类型。</translation>
        </message>
        <message>
            <source>Only a launch notification or an amendment can be reported on; this is a {kind}.</source>
            <translation>只有发射通报或修正通报才能据以提交发射后报告；此消息为 {kind} 类型。</translation>
        </message>
        <message>
            <source>This notice has no sealed file to refer to.</source>
            <translation>该通报没有可供引用的密封文件。</translation>
        </message>
        <message>
            <source>A {kind} belongs to the message it answers and cannot start a new notice; start from a launch notification, an amendment or a general communication.</source>
            <translation>{kind} 类型的消息属于其所答复的消息，不能开启新通报；请从发射通报、修正通报或一般通信开始。</translation>
        </message>
        <message>
            <source>Name the officer who made the translation; nothing was stored.</source>
            <translation>请注明翻译该内容的值班员；未存储任何内容。</translation>
        </message>
        <message>
            <source>The working translation is empty; nothing was stored.</source>
            <translation>工作译文为空；未存储任何内容。</translation>
        </message>
        <message>
            <source>{language} is not a language the console knows (it knows {known}); nothing was stored.</source>
            <translation>{language} 不是控制台支持的语言（支持：{known}）；未存储任何内容。</translation>
        </message>
        <message>
            <source>{field} is not a free-text field of a notice (those are {known}); nothing was stored.</source>
            <translation>{field} 不是通报的自由文本字段（自由文本字段为：{known}）；未存储任何内容。</translation>
        </message>
        <message>
            <source>There is no notice {id} on record.</source>
            <translation>没有通报 {id} 的记录。</translation>
        </message>
        <message>
            <source>Notice {id} was sent by this station: working translations are for the free text a counterpart sent; nothing was stored.</source>
            <translation>通报 {id} 由本站发出：工作译文仅用于对方发来的自由文本；未存储任何内容。</translation>
        </message>
        <message>
            <source>Notice {id} has no {field} to translate; nothing was stored.</source>
            <translation>通报 {id} 没有可翻译的 {field}；未存储任何内容。</translation>
        </message>
        <message>
            <source>Notice {id}'s {field} is empty: there is nothing to translate; nothing was stored.</source>
            <translation>通报 {id} 的 {field} 为空：没有可翻译的内容；未存储任何内容。</translation>
        </message>
        <message>
            <source>audit log intact: {entries} entries, {checkpoints} signed checkpoints</source>
            <translation>审计日志完好：{entries} 条条目，{checkpoints} 个已签名检查点</translation>
        </message>
        <message>
            <source>audit log damaged at entry {index}: {problem}</source>
            <translation>审计日志在第 {index} 条条目处受损：{problem}</translation>
        </message>
        <message>
            <source>retired as compromised by {officer}: every file it signs is refused, whatever its date</source>
            <translation>已由 {officer} 以已泄露为由停用：其签名的所有文件均被拒收，不论日期</translation>
        </message>
        <message>
            <source>in use</source>
            <translation>使用中</translation>
        </message>
        <message>
            <source>accepted (an earlier key; no rotation since was verified)</source>
            <translation>已接受（较早的密钥；此后未核验过密钥轮换）</translation>
        </message>
        <message>
            <source>retired by {officer}: files it signs dated after {time} are refused</source>
            <translation>已由 {officer} 停用：其签名且日期晚于 {time} 的文件将被拒收</translation>
        </message>
        <message>
            <source>replaced by a verified key rotation: files it signs dated after {time} are refused</source>
            <translation>已被经核验的密钥轮换所替代：其签名且日期晚于 {time} 的文件将被拒收</translation>
        </message>
        <message>
            <source>{station} is not a counterpart of this station; import its key card first.</source>
            <translation>{station} 不是本站的对方站；请先导入其密钥卡。</translation>
        </message>
        <message>
            <source>{key} (current)</source>
            <translation>{key}（当前）</translation>
        </message>
        <message>
            <source>{key} (earlier)</source>
            <translation>{key}（以前）</translation>
        </message>
        <message>
            <source>{key} is not a signing key of {station} on record (its keys: {known}); copy the key id from `watchdesk counterpart keys {station}`.</source>
            <translation>{key} 不是已记录的 {station} 签名密钥（其密钥为：{known}）；请从 `watchdesk counterpart keys {station}` 复制密钥标识。</translation>
        </message>
        <message>
            <source>Key {key} of {station} is already retired (as compromised); nothing changed.</source>
            <translation>{station} 的密钥 {key} 已停用（已泄露）；未作任何更改。</translation>
        </message>
        <message>
            <source>Key {key} of {station} is already retired (on {time}); nothing changed.</source>
            <translation>{station} 的密钥 {key} 已停用（于 {time}）；未作任何更改。</translation>
        </message>
        <message>
            <source>That is this station's own key card, not a counterpart's.</source>
            <translation>这是本站自己的密钥卡，而非对方的密钥卡。</translation>
        </message>
        <message>
            <source>The safety number does not match the one computed from {station}'s key card. The key was NOT marked verified: check the card came from the counterpart, and compare again.</source>
            <translation>安全码与根据 {station} 密钥卡计算出的安全码不符。该密钥未被标记为已核验：请确认该密钥卡来自对方，然后重新比对。</translation>
        </message>
        <message>
            <source>Start or unlock the desktop's Secret Service (GNOME Keyring or KWallet) and try again; on Windows the Credential Manager and on macOS the Keychain are used automatically.</source>
            <translation>请启动或解锁桌面的 Secret Service（GNOME Keyring 或 KWallet）后重试；在 Windows 上会自动使用凭据管理器，在 macOS 上会自动使用钥匙串。</translation>
        </message>
        <message>
            <source>no OS keyring was found (keyring's fail backend is active)</source>
            <translation>未找到操作系统密钥环（keyring 的 fail 后端处于启用状态）</translation>
        </message>
        <message>
            <source>the null keyring is configured, which discards secrets</source>
            <translation>配置了 null 密钥环，它会丢弃机密信息</translation>
        </message>
        <message>
            <source>the configured keyring {name} keeps secrets in a file, not in the OS keyring (remove the PYTHON_KEYRING_BACKEND setting, or the backend line of keyringrc.cfg)</source>
            <translation>所配置的密钥环 {name} 将机密信息保存在文件中，而非操作系统密钥环中（请删除 PYTHON_KEYRING_BACKEND 设置，或 keyringrc.cfg 中的 backend 行）</translation>
        </message>
        <message>
            <source>the keyring {name} is not usable here ({error})</source>
            <translation>密钥环 {name} 在此不可用（{error}）</translation>
        </message>
        <message>
            <source>the keyring {name} has priority {priority}, below the minimum of 1</source>
            <translation>密钥环 {name} 的优先级为 {priority}，低于最低值 1</translation>
        </message>
        <message>
            <source>Refusing to use the keyring: the configured keyring backend could not be loaded ({error}). Remove the PYTHON_KEYRING_BACKEND setting (or the backend line of keyringrc.cfg) so that the OS keyring is used. {fix}</source>
            <translation>拒绝使用该密钥环：无法加载所配置的密钥环后端（{error}）。请删除 PYTHON_KEYRING_BACKEND 设置（或 keyringrc.cfg 中的 backend 行），以便使用操作系统密钥环。{fix}</translation>
        </message>
        <message>
            <source>Refusing to use the keyring: no OS keyring was found. {fix}</source>
            <translation>拒绝使用该密钥环：未找到操作系统密钥环。{fix}</translation>
        </message>
        <message>
            <source>Refusing to use the keyring: {reason}. {fix}</source>
            <translation>拒绝使用该密钥环：{reason}。{fix}</translation>
        </message>
        <message>
            <source>The keyring is locked and could not be unlocked ({error}). {fix}</source>
            <translation>密钥环已锁定且无法解锁（{error}）。{fix}</translation>
        </message>
        <message>
            <source>The keyring failed to save the store key ({error}). {fix}</source>
            <translation>密钥环未能保存数据存储密钥（{error}）。{fix}</translation>
        </message>
        <message>
            <source>The keyring failed to read the store key ({error}). {fix}</source>
            <translation>密钥环未能读取数据存储密钥（{error}）。{fix}</translation>
        </message>
        <message>
            <source>The keyring has no key for station {station} in {folder}. If the OS was reinstalled or the keyring reset, run `watchdesk recover` with the station's recovery sheet to put the key back.</source>
            <translation>密钥环中没有 {folder} 中站 {station} 的密钥。如操作系统已重装或密钥环已重置，请使用本站的恢复单运行 `watchdesk recover`，将密钥放回。</translation>
        </message>
        <message>
            <source>The keyring entry for station {station} does not hold a 256-bit store key. Run `watchdesk recover` with the station's recovery sheet.</source>
            <translation>站 {station} 的密钥环条目不含 256 位数据存储密钥。请使用本站的恢复单运行 `watchdesk recover`。</translation>
        </message>
        <message>
            <source>no in-memory key for demo station {station}</source>
            <translation>演示站 {station} 没有内存中的密钥</translation>
        </message>
        <message>
            <source>the code contains characters that are not on the sheet: {characters}</source>
            <translation>恢复码中含有恢复单上没有的字符：{characters}</translation>
        </message>
        <message>
            <source>the code has {count} characters; a recovery code has {groups} groups of {size} plus a check character ({expected} in all)</source>
            <translation>恢复码有 {count} 个字符；恢复码应为 {groups} 组、每组 {size} 个字符，另加一个校验字符（共 {expected} 个）</translation>
        </message>
        <message>
            <source>group {number} ({group}) has a typo: its check character does not match</source>
            <translation>第 {number} 组（{group}）有输入错误：其校验字符不符</translation>
        </message>
        <message>
            <source>the code does not decode to a key ({error})</source>
            <translation>恢复码无法解码为密钥（{error}）</translation>
        </message>
        <message>
            <source>the code does not decode to a 256-bit key</source>
            <translation>恢复码无法解码为 256 位密钥</translation>
        </message>
        <message>
            <source>There is no Watchdesk station in {folder}. Create one with `watchdesk init --station-id ID --name NAME`.</source>
            <translation>{folder} 中没有 Watchdesk 站。请使用 `watchdesk init --station-id ID --name NAME` 创建。</translation>
        </message>
        <message>
            <source>{path} is not a Watchdesk station file ({error}).</source>
            <translation>{path} 不是 Watchdesk 站文件（{error}）。</translation>
        </message>
        <message>
            <source>{folder} already holds a station; choose another --data-dir.</source>
            <translation>{folder} 中已有一个站；请另选 --data-dir。</translation>
        </message>
        <message>
            <source>The key in the keyring does not open the store of station {station} in {folder}. If the keyring entry was replaced, run `watchdesk recover` with the station's recovery sheet.</source>
            <translation>密钥环中的密钥无法打开 {folder} 中站 {station} 的数据存储。如密钥环条目已被替换，请使用本站的恢复单运行 `watchdesk recover`。</translation>
        </message>
        <message>
            <source>The store file {path} is missing. Restore it with `watchdesk restore BACKUP`.</source>
            <translation>数据存储文件 {path} 缺失。请使用 `watchdesk restore BACKUP` 恢复。</translation>
        </message>
        <message>
            <source>The store {path} is damaged ({problem}). Nothing more is written to it; close the console and restore the last backup with `watchdesk restore BACKUP`.</source>
            <translation>数据存储 {path} 已损坏（{problem}）。不再向其写入任何内容；请关闭控制台，并使用 `watchdesk restore BACKUP` 恢复最近一次备份。</translation>
        </message>
        <message>
            <source>The store's integrity check is still running; try again in a moment.</source>
            <translation>数据存储的完整性检查仍在进行；请稍后再试。</translation>
        </message>
        <message>
            <source>the backup copy failed its check: {problem}</source>
            <translation>备份副本未通过检查：{problem}</translation>
        </message>
        <message>
            <source>The backup to {path} failed: {error}</source>
            <translation>备份到 {path} 失败：{error}</translation>
        </message>
        <message>
            <source>{path} is a backup of station {held}, not of {station}.</source>
            <translation>{path} 是站 {held} 的备份，而非 {station} 的备份。</translation>
        </message>
        <message>
            <source>{path} failed its integrity check: {problem}</source>
            <translation>{path} 未通过完整性检查：{problem}</translation>
        </message>
        <message>
            <source>There is no file {path}; give the path of a backup written by `watchdesk backup`.</source>
            <translation>没有文件 {path}；请给出由 `watchdesk backup` 写出的备份的路径。</translation>
        </message>
        <message>
            <source>{path} is a folder, not a backup file; nothing was read or changed. Give the path of a backup file written by `watchdesk backup`.</source>
            <translation>{path} 是文件夹，不是备份文件；未读取或更改任何内容。请给出由 `watchdesk backup` 写出的备份文件的路径。</translation>
        </message>
        <message>
            <source>{path} is a named pipe (FIFO), not a backup file; nothing was read or changed. Give the path of a backup file written by `watchdesk backup`.</source>
            <translation>{path} 是命名管道（FIFO），不是备份文件；未读取或更改任何内容。请给出由 `watchdesk backup` 写出的备份文件的路径。</translation>
        </message>
        <message>
            <source>{path} is a device, not a backup file; nothing was read or changed. Give the path of a backup file written by `watchdesk backup`.</source>
            <translation>{path} 是设备，不是备份文件；未读取或更改任何内容。请给出由 `watchdesk backup` 写出的备份文件的路径。</translation>
        </message>
        <message>
            <source>{path} is a socket, not a backup file; nothing was read or changed. Give the path of a backup file written by `watchdesk backup`.</source>
            <translation>{path} 是套接字，不是备份文件；未读取或更改任何内容。请给出由 `watchdesk backup` 写出的备份文件的路径。</translation>
        </message>
        <message>
            <source>{path} is not a regular file, not a backup file; nothing was read or changed. Give the path of a backup file written by `watchdesk backup`.</source>
            <translation>{path} 不是普通文件，也不是备份文件；未读取或更改任何内容。请给出由 `watchdesk backup` 写出的备份文件的路径。</translation>
        </message>
        <message>
            <source>{path} is unreadable ({error}): a restore was interrupted and cannot be completed from it. Run `watchdesk restore BACKUP` again.</source>
            <translation>{path} 无法读取（{error}）：某次恢复被中断，无法据此完成。请重新运行 `watchdesk restore BACKUP`。</translation>
        </message>
        <message>
            <source>The key in the keyring does not belong to this station; run `watchdesk recover` first.</source>
            <translation>密钥环中的密钥不属于本站；请先运行 `watchdesk recover`。</translation>
        </message>
        <message>
            <source>An earlier restore is not recorded in the audit log yet; run `watchdesk audit verify` (which completes it), then restore again.</source>
            <translation>之前的一次恢复尚未记入审计日志；请运行 `watchdesk audit verify`（它会完成记录），然后再次恢复。</translation>
        </message>
        <message>
            <source>The station in {folder} is in use. Close the console (and any `watchdesk` command using it) and try again.</source>
            <translation>{folder} 中的站正在使用中。请关闭控制台（以及任何正在使用它的 `watchdesk` 命令）后重试。</translation>
        </message>
        <message>
            <source>{path} is not a Watchdesk store that this station's key opens (it may belong to another station or be damaged beyond reading).</source>
            <translation>{path} 不是本站密钥能够打开的 Watchdesk 数据存储（它可能属于另一个站，或已损坏到无法读取）。</translation>
        </message>
        <message>
            <source>{path} is not a Watchdesk backup that this station's key opens (it may belong to another station or be damaged beyond reading).</source>
            <translation>{path} 不是本站密钥能够打开的 Watchdesk 备份（它可能属于另一个站，或已损坏到无法读取）。</translation>
        </message>
        <message>
            <source>{path} opens, but it is not a Watchdesk store.</source>
            <translation>{path} 可以打开，但不是 Watchdesk 数据存储。</translation>
        </message>
        <message>
            <source>{path} opens, but it is not a Watchdesk backup.</source>
            <translation>{path} 可以打开，但不是 Watchdesk 备份。</translation>
        </message>
        <message>
            <source>The store {path} is damaged ({problem}). It was not used; restore the last backup with `watchdesk restore BACKUP`.</source>
            <translation>数据存储 {path} 已损坏（{problem}）。未使用该数据存储；请使用 `watchdesk restore BACKUP` 恢复最近一次备份。</translation>
        </message>
        <message>
            <source>The backup {path} is damaged ({problem}). It was not used; restore the last backup with `watchdesk restore BACKUP`.</source>
            <translation>备份 {path} 已损坏（{problem}）。未使用该备份；请使用 `watchdesk restore BACKUP` 恢复最近一次备份。</translation>
        </message>
        <message>
            <source>&amp;Import arrivals now</source>
            <translation>立即导入新到文件(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Export pending notices</source>
            <translation>导出待写入的通报(&amp;E)</translation>
        </message>
        <message>
            <source>Time (UTC)</source>
            <translation>时间（UTC）</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>值班员</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详细信息</translation>
        </message>
        <message>
            <source>%1 to %2 digits</source>
            <translation>%1 至 %2 位数字</translation>
        </message>
        <message>
            <source>The two PINs differ. Type the same PIN twice.</source>
            <translation>两次输入的 PIN 码不一致。请两次输入相同的 PIN 码。</translation>
        </message>
        <message>
            <source>Storing the PIN…</source>
            <translation>正在保存 PIN 码…</translation>
        </message>
        <message>
            <source>{name} ({role}) PIN {pin}</source>
            <translation>{name}（{role}）PIN 码 {pin}</translation>
        </message>
        <message>
            <source>Demo station: {officers}</source>
            <translation>演示站：{officers}</translation>
        </message>
        <message>
            <source>%1 ago</source>
            <translation>%1前</translation>
        </message>
        <message>
            <source>in %1</source>
            <translation>%1后</translation>
        </message>
        <message>
            <source>{precedence} {status} {kind}</source>
            <translation>{precedence} {status} {kind}</translation>
        </message>
        <message>
            <source>{notice}, window {span}</source>
            <translation>{notice}，发射窗口 {span}</translation>
        </message>
        <message>
            <source>acknowledged %1</source>
            <translation>已确认收到 %1</translation>
        </message>
        <message>
            <source>no acknowledgement asked</source>
            <translation>未要求确认收到</translation>
        </message>
        <message>
            <source>awaited:</source>
            <translation>等待中：</translation>
        </message>
        <message>
            <source>Notes from %1</source>
            <translation>%1 的交班留言</translation>
        </message>
        <message>
            <source>Notes from the outgoing officer</source>
            <translation>交班值班员的留言</translation>
        </message>
        <message>
            <source>(none written)</source>
            <translation>（未填写）</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>open now</source>
            <translation>现已开启</translation>
        </message>
        <message>
            <source>opens %1</source>
            <translation>%1开启</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>来自 %1</translation>
        </message>
        <message>
            <source>to %1</source>
            <translation>发往 %1</translation>
        </message>
        <message>
            <source>At %1</source>
            <translation>时间 %1</translation>
        </message>
        <message>
            <source>Handed over by %1</source>
            <translation>交班人 %1</translation>
        </message>
        <message>
            <source>Taken over by %1</source>
            <translation>接班人 %1</translation>
        </message>
        <message>
            <source>Nothing is open: no items to hand over.</source>
            <translation>无未结事项：没有需要交接的事项。</translation>
        </message>
        <message>
            <source>%1 open item(s) to hand over.</source>
            <translation>%1 项未结事项待交接。</translation>
        </message>
        <message>
            <source>Notices we have not acknowledged (%1)</source>
            <translation>本站尚未确认收到的通报（%1）</translation>
        </message>
        <message>
            <source>%1 overdue</source>
            <translation>%1 份已逾期</translation>
        </message>
        <message>
            <source>From</source>
            <translation>发送方</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>通报</translation>
        </message>
        <message>
            <source>Acknowledge by</source>
            <translation>确认收到时限</translation>
        </message>
        <message>
            <source>Every received notice is acknowledged.</source>
            <translation>每份接收的通报均已确认收到。</translation>
        </message>
        <message>
            <source>Acknowledgements we are waiting for (%1)</source>
            <translation>本站等待对方确认收到的通报（%1）</translation>
        </message>
        <message>
            <source>Due from the counterpart by</source>
            <translation>对方确认收到时限</translation>
        </message>
        <message>
            <source>The counterparts have acknowledged everything we sent.</source>
            <translation>对方已确认收到本站发出的全部通报。</translation>
        </message>
        <message>
            <source>Launch windows open now or opening in the next %1 h (%2)</source>
            <translation>当前开启或未来 %1 小时内开启的发射窗口（%2）</translation>
        </message>
        <message>
            <source>Window (UTC, local)</source>
            <translation>窗口（UTC，当地时间）</translation>
        </message>
        <message>
            <source>No launch window is open or opens in this period.</source>
            <translation>此期间没有开启或即将开启的发射窗口。</translation>
        </message>
        <message>
            <source>the last 12 h</source>
            <translation>过去 12 小时</translation>
        </message>
        <message>
            <source>Sent this watch, since %1 (%2)</source>
            <translation>本班已发出的通报，%1以来（%2）</translation>
        </message>
        <message>
            <source>%1 cancelled</source>
            <translation>%1 份已取消</translation>
        </message>
        <message>
            <source>Sent (UTC, local)</source>
            <translation>发出时间（UTC，当地时间）</translation>
        </message>
        <message>
            <source>Nothing was sent this watch.</source>
            <translation>本班未发出任何通报。</translation>
        </message>
        <message>
            <source>Missing sequence numbers (%1)</source>
            <translation>缺失的序号（%1）</translation>
        </message>
        <message>
            <source>Missing numbers</source>
            <translation>缺失的编号</translation>
        </message>
        <message>
            <source>No gaps in the received sequences.</source>
            <translation>接收序号没有缺号。</translation>
        </message>
        <message>
            <source>Quarantined files, last %1 days (%2)</source>
            <translation>已隔离的文件，最近 %1 天（%2）</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>No file was quarantined.</source>
            <translation>没有文件被隔离。</translation>
        </message>
        <message>
            <source>Traffic held: key not verified</source>
            <translation>通信暂存：密钥未经核验</translation>
        </message>
        <message>
            <source>Files waiting</source>
            <translation>等待中的文件</translation>
        </message>
        <message>
            <source>key CHANGED, verify again</source>
            <translation>密钥已变更，请重新核验</translation>
        </message>
        <message>
            <source>key not verified yet</source>
            <translation>密钥尚未核验</translation>
        </message>
        <message>
            <source>Handover summary %1</source>
            <translation>交接班摘要 %1</translation>
        </message>
        <message>
            <source>Key not retired</source>
            <translation>密钥未停用</translation>
        </message>
        <message>
            <source>%1's signing key %2… is retired: see the counterpart's signing keys.</source>
            <translation>%1 的签名密钥 %2… 已停用：详见该对方的签名密钥。</translation>
        </message>
        <message>
            <source>Inbox folder of %1</source>
            <translation>%1 的收件箱文件夹</translation>
        </message>
        <message>
            <source>Outbox folder of %1</source>
            <translation>%1 的发件箱文件夹</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>Choose the %1 folder of %2</source>
            <translation>选择 %2 的%1文件夹</translation>
        </message>
        <message>
            <source>%1 folder of %2</source>
            <translation>%2 的%1文件夹</translation>
        </message>
        <message>
            <source>turn the two-person release rule off</source>
            <translation>关闭双人发出规则</translation>
        </message>
        <message>
            <source>Supervisor approval</source>
            <translation>主管批准</translation>
        </message>
        <message>
            <source>A supervisor approves this change with their PIN: %1</source>
            <translation>须由主管使用其 PIN 码批准此项变更：%1</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>批准(&amp;A)</translation>
        </message>
        <message>
            <source>Supervisor approval: %1</source>
            <translation>主管批准：%1</translation>
        </message>
        <message>
            <source>Two-person rule</source>
            <translation>双人规则</translation>
        </message>
        <message>
            <source>The two-person rule stays on: no supervisor approved turning it off.</source>
            <translation>双人规则保持启用：没有主管批准将其关闭。</translation>
        </message>
        <message>
            <source>The console stays in {language}, as --language asked when Watchdesk was started; the workstation's language applies from the next start without it.</source>
            <translation>控制台仍使用{language}，这是启动 Watchdesk 时 --language 所指定的；下次不带该选项启动时，将使用工作站的语言。</translation>
        </message>
        <message>
            <source>The console stays in {language}, the language {officer} chose for their watch; the workstation's language applies when an officer without a language of their own is on watch.</source>
            <translation>控制台仍使用{language}，这是 {officer} 为其值班选择的语言；当未自行选择语言的值班员在值班时，将使用工作站的语言。</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Start of watch</source>
            <translation>开始值班</translation>
        </message>
        <message>
            <source>Who is on watch at %1? Choose your name and type your PIN.</source>
            <translation>谁在 %1 值班？请选择您的姓名并输入您的 PIN 码。</translation>
        </message>
        <message>
            <source>&amp;Start watch</source>
            <translation>开始值班(&amp;S)</translation>
        </message>
        <message>
            <source>Your language was not kept: %1</source>
            <translation>您的语言设置未能保存：%1</translation>
        </message>
        <message>
            <source>Handover summary</source>
            <translation>交接班摘要</translation>
        </message>
        <message>
            <source>&amp;Notes from %1 to the incoming officer (free text: what to watch, what was promised, what is odd):</source>
            <translation>%1 给接班值班员的交接说明（自由填写：需关注的事项、已作出的承诺、异常情况）(&amp;N)：</translation>
        </message>
        <message>
            <source>Notes of the outgoing officer</source>
            <translation>交班值班员的交接说明</translation>
        </message>
        <message>
            <source>Write at least a line, e.g. “Nothing further.”</source>
            <translation>请至少填写一行，例如：“无其他事项。”</translation>
        </message>
        <message>
            <source>&amp;Give the notes to the incoming officer</source>
            <translation>将交接说明交给接班值班员(&amp;G)</translation>
        </message>
        <message>
            <source>I, the incoming officer, have &amp;read these notes and the open items</source>
            <translation>本人（接班值班员）已阅读这些交接说明及未结事项(&amp;R)</translation>
        </message>
        <message>
            <source>The notes are shown to the incoming officer once the outgoing officer gives them over; the watch can be taken only after they were read.</source>
            <translation>交班值班员移交后，交接说明将向接班值班员显示；接班值班员阅读后方可接班。</translation>
        </message>
        <message>
            <source>&amp;Print summary to PDF…</source>
            <translation>将摘要打印为 PDF(&amp;P)…</translation>
        </message>
        <message>
            <source>Change of watch</source>
            <translation>交接班</translation>
        </message>
        <message>
            <source>%1 hands the watch over: write your notes, then give them to the incoming officer, who reads them and the open items below, then chooses their name and types their PIN.</source>
            <translation>%1 正在交班：请撰写交接说明，然后交给接班值班员；接班值班员阅读说明及下方的未结事项后，选择其姓名并输入其 PIN 码。</translation>
        </message>
        <message>
            <source>&amp;Take over the watch</source>
            <translation>接班(&amp;T)</translation>
        </message>
        <message>
            <source>Handover summary written to %1</source>
            <translation>交接班摘要已写入 %1</translation>
        </message>
        <message>
            <source>Handover summary not printed</source>
            <translation>交接班摘要未打印</translation>
        </message>
        <message>
            <source>Watch taken over</source>
            <translation>已接班</translation>
        </message>
        <message>
            <source>%1 is now on watch at %2 (since %3), taken over from %4.

%5 open item(s) and the notes of %4 were handed over; Station → Last handover shows them again.</source>
            <translation>%1 现于 %2 值班（自 %3 起），接替 %4。

%5 项未结事项及 %4 的交接说明已完成移交；可通过“站 → 上次交接班”再次查看。</translation>
        </message>
        <message>
            <source>Last handover</source>
            <translation>上次交接班</translation>
        </message>
        <message>
            <source>No handover is on record at this station yet.</source>
            <translation>本站尚无交接班记录。</translation>
        </message>
        <message>
            <source>created must be a time-zone-aware datetime</source>
            <translation>created 必须是带时区的 datetime</translation>
        </message>
        <message>
            <source>the card's fingerprint {fingerprint} does not match its keys, which give {expected}; the card was altered or damaged</source>
            <translation>密钥卡的指纹 {fingerprint} 与其密钥不符，根据密钥得出的是 {expected}；该密钥卡已被篡改或损坏</translation>
        </message>
        <message>
            <source>a key card is at most {limit} bytes; this one is {size}</source>
            <translation>密钥卡最多 {limit} 字节；此密钥卡为 {size} 字节</translation>
        </message>
        <message>
            <source>the key card is not valid JSON: {error}</source>
            <translation>该密钥卡不是有效的 JSON：{error}</translation>
        </message>
        <message>
            <source>the key card must be a JSON object</source>
            <translation>密钥卡必须是 JSON 对象</translation>
        </message>
        <message>
            <source>the key card has no {field} field</source>
            <translation>密钥卡没有 {field} 字段</translation>
        </message>
        <message>
            <source>the key card has an unknown field {field}</source>
            <translation>密钥卡含有未知字段 {field}</translation>
        </message>
        <message>
            <source>type is {found}, not {expected}</source>
            <translation>type 为 {found}，而非 {expected}</translation>
        </message>
        <message>
            <source>key card version {version} is not supported (only 1 and 2)</source>
            <translation>不支持密钥卡版本 {version}（仅支持 1 和 2）</translation>
        </message>
        <message>
            <source>the key card has an unknown field {field} (a version 1 card has none)</source>
            <translation>密钥卡含有未知字段 {field}（版本 1 的密钥卡不含此类字段）</translation>
        </message>
        <message>
            <source>the key card is version 2 but has no self-signature: the card was damaged or altered</source>
            <translation>密钥卡为版本 2，但没有自签名：该密钥卡已损坏或被篡改</translation>
        </message>
        <message>
            <source>the key card's self-signature is not text (a 64-byte Ed25519 signature in unpadded base64url): the card was damaged or altered</source>
            <translation>密钥卡的自签名不是文本（应为无填充 base64url 编码的 64 字节 Ed25519 签名）：该密钥卡已损坏或被篡改</translation>
        </message>
        <message>
            <source>created: {problem}</source>
            <translation>created 字段：{problem}</translation>
        </message>
        <message>
            <source>fingerprint must be a string</source>
            <translation>fingerprint 必须是字符串</translation>
        </message>
        <message>
            <source>the key card's self-signature is not a 64-byte Ed25519 signature in unpadded base64url: the card was damaged or altered</source>
            <translation>密钥卡的自签名不是无填充 base64url 编码的 64 字节 Ed25519 签名：该密钥卡已损坏或被篡改</translation>
        </message>
        <message>
            <source>the key card's self-signature does not match its contents: the card was damaged or altered</source>
            <translation>密钥卡的自签名与其内容不符：该密钥卡已损坏或被篡改</translation>
        </message>
        <message>
            <source>station_id {station} does not match {pattern} (2 to 32 capital letters, digits or hyphens, not starting with a hyphen)</source>
            <translation>station_id {station} 与 {pattern} 不匹配（2 至 32 个大写字母、数字或连字符，不得以连字符开头）</translation>
        </message>
        <message>
            <source>name must be text of 1 to {longest} characters</source>
            <translation>name 必须是 1 至 {longest} 个字符的文本</translation>
        </message>
        <message>
            <source>name must not contain control characters such as line breaks</source>
            <translation>name 不得包含换行符等控制字符</translation>
        </message>
        <message>
            <source>name must not contain a lone surrogate escape such as \ud800</source>
            <translation>name 不得包含 \ud800 之类的孤立代理转义</translation>
        </message>
        <message>
            <source>{field} must be a JSON Web Key object</source>
            <translation>{field} 必须是 JSON Web Key 对象</translation>
        </message>
        <message>
            <source>{field} has key type {found}; it must be 'OKP' ({curve})</source>
            <translation>{field} 的密钥类型为 {found}；必须为 'OKP'（{curve}）</translation>
        </message>
        <message>
            <source>{field} is on curve {found}; it must be {curve}</source>
            <translation>{field} 使用曲线 {found}；必须为 {curve}</translation>
        </message>
        <message>
            <source>{field} contains a private key ('d'); a key card must hold public keys only</source>
            <translation>{field} 含有私钥（'d'）；密钥卡只能包含公钥</translation>
        </message>
        <message>
            <source>{field} has members {extra}; only kty, crv and x are allowed</source>
            <translation>{field} 含有成员 {extra}；只允许 kty、crv 和 x</translation>
        </message>
        <message>
            <source>{field} must be 32 bytes in unpadded base64url</source>
            <translation>{field} 必须是无填充 base64url 编码的 32 字节</translation>
        </message>
        <message>
            <source>stored station keys are not JSON: {error}</source>
            <translation>已存储的站密钥不是 JSON：{error}</translation>
        </message>
        <message>
            <source>stored station keys are not a JSON object</source>
            <translation>已存储的站密钥不是 JSON 对象</translation>
        </message>
        <message>
            <source>stored station keys do not say type {type}</source>
            <translation>已存储的站密钥未注明类型 {type}</translation>
        </message>
        <message>
            <source>stored station keys have unknown version {version}</source>
            <translation>已存储的站密钥版本 {version} 未知</translation>
        </message>
        <message>
            <source>stored station keys: created: {problem}</source>
            <translation>已存储的站密钥：created：{problem}</translation>
        </message>
        <message>
            <source>stored signing_key: public part does not match the private part</source>
            <translation>已存储的 signing_key：公钥部分与私钥部分不符</translation>
        </message>
        <message>
            <source>stored encryption_key: public part does not match the private part</source>
            <translation>已存储的 encryption_key：公钥部分与私钥部分不符</translation>
        </message>
        <message>
            <source>stored {key} is missing or not a JSON object</source>
            <translation>已存储的 {key} 缺失或不是 JSON 对象</translation>
        </message>
        <message>
            <source>stored {key} is not an OKP {curve} key</source>
            <translation>已存储的 {key} 不是 OKP {curve} 密钥</translation>
        </message>
        <message>
            <source>stored {key} lacks member {member}</source>
            <translation>已存储的 {key} 缺少成员 {member}</translation>
        </message>
        <message>
            <source>stored {key}: {problem}</source>
            <translation>已存储的 {key}：{problem}</translation>
        </message>
        <message>
            <source>stored {key}: private key is not 32 bytes</source>
            <translation>已存储的 {key}：私钥不是 32 字节</translation>
        </message>
        <message>
            <source>{path} exists and is not a demo station; refusing to replace it</source>
            <translation>{path} 已存在且不是演示站；拒绝替换</translation>
        </message>
        <message>
            <source>the exercise script {path} does not exist.</source>
            <translation>演练脚本 {path} 不存在。</translation>
        </message>
        <message>
            <source>the exercise script {path} is not JSON: {error}.</source>
            <translation>演练脚本 {path} 不是 JSON：{error}。</translation>
        </message>
        <message>
            <source>{source} must be a JSON object with one member, "events", a list of events.</source>
            <translation>{source} 必须是只含一个成员 "events"（事件列表）的 JSON 对象。</translation>
        </message>
        <message>
            <source>{where}: "of" names {name}, which no event before it sends.</source>
            <translation>{where}："of" 指定了 {name}，但在此之前没有任何事件发送该名称的通报。</translation>
        </message>
        <message>
            <source>{where}: the name {name} is taken already.</source>
            <translation>{where}：名称 {name} 已被使用。</translation>
        </message>
        <message>
            <source>{source}, event {number}</source>
            <translation>{source}，事件 {number}</translation>
        </message>
        <message>
            <source>{where} is not a JSON object.</source>
            <translation>{where} 不是 JSON 对象。</translation>
        </message>
        <message>
            <source>{where} must have exactly one of "send", "gap" or "key_change".</source>
            <translation>{where} 必须恰好含有 "send"、"gap" 或 "key_change" 之一。</translation>
        </message>
        <message>
            <source>{where}: {members} is not part of a {action} event (it takes {takes}).</source>
            <translation>{where}：{members} 不属于 {action} 事件（该事件接受 {takes}）。</translation>
        </message>
        <message>
            <source>{where}: {members} are not part of a {action} event (it takes {takes}).</source>
            <translation>{where}：{members} 不属于 {action} 事件（该事件接受 {takes}）。</translation>
        </message>
        <message>
            <source>{where}: "minute" must be a number of minutes from the start, 0 or more.</source>
            <translation>{where}："minute" 必须是自开始起的分钟数，大于或等于 0。</translation>
        </message>
        <message>
            <source>{where}: "gap" must be how many notices are lost, 1 to 100.</source>
            <translation>{where}："gap" 必须是丢失的通报数，1 至 100。</translation>
        </message>
        <message>
            <source>{where}: "key_change" must be true.</source>
            <translation>{where}："key_change" 必须为 true。</translation>
        </message>
        <message>
            <source>{where}: "send" must be one of {kinds}, not {kind}.</source>
            <translation>{where}："send" 必须是 {kinds} 之一，而非 {kind}。</translation>
        </message>
        <message>
            <source>{where}: "precedence" must be one of {precedences}.</source>
            <translation>{where}："precedence" 必须是 {precedences} 之一。</translation>
        </message>
        <message>
            <source>{where}: "{field}" must be a non-empty text.</source>
            <translation>{where}："{field}" 必须是非空文本。</translation>
        </message>
        <message>
            <source>{where}: only a launch notification takes a "name" (the notice later events answer).</source>
            <translation>{where}：只有发射通报才接受 "name"（即后续事件所答复的通报）。</translation>
        </message>
        <message>
            <source>{where}: only an amendment, cancellation or post-launch report answers a notice ("of").</source>
            <translation>{where}：只有修正通报、取消通报或发射后报告才答复某一通报（"of"）。</translation>
        </message>
        <message>
            <source>minute {minute}: {what}</source>
            <translation>第 {minute} 分钟：{what}</translation>
        </message>
        <message numerus="yes">
            <source>acknowledged %n notice(s) of {peer}'s</source>
            <translation>
                <numerusform>已确认收到 {peer} 的 %n 份通报</numerusform>
            </translation>
        </message>
        <message>
            <source>key change: a new key generation, fingerprint {fingerprint}; its new key card is {path} (`watchdesk counterpart add` it, then compare the safety number)</source>
            <translation>密钥变更：新的密钥代，指纹 {fingerprint}；其新密钥卡为 {path}（请用 `watchdesk counterpart add` 导入，然后比对安全码）</translation>
        </message>
        <message>
            <source>key change: a new key generation, fingerprint {fingerprint}</source>
            <translation>密钥变更：新的密钥代，指纹 {fingerprint}</translation>
        </message>
        <message>
            <source>gap: sequence {sequences} released and lost on the way</source>
            <translation>缺号：序号 {sequences} 已发出，但在途中丢失</translation>
        </message>
        <message>
            <source>event {number}: a {kind} answers a launch notification, and this desk has sent none yet; send one first, or name one with "of".</source>
            <translation>事件 {number}：{kind} 类型的消息是对发射通报的答复，而本值班台尚未发送任何发射通报；请先发送一份，或用 "of" 指定一份。</translation>
        </message>
        <message>
            <source>sent {kind} {precedence} seq {sequence} ({name})</source>
            <translation>已发送 {kind} {precedence} 序号 {sequence}（{name}）</translation>
        </message>
        <message>
            <source>{counterpart} re-sent message {message} under another sequence number: {note} (file {file})</source>
            <translation>{counterpart} 以另一个序号重新发送了消息 {message}：{note}（文件 {file}）</translation>
        </message>
        <message>
            <source>Acknowledgement {message} {problem}</source>
            <translation>确认收到消息 {message} 有误：{problem}</translation>
        </message>
        <message>
            <source>'{station}' is not a station id: use 2 to 32 capital letters, digits and dashes, starting with a letter or digit (for example NRRC-US).</source>
            <translation>“{station}”不是站标识：请使用 2 至 32 个大写字母、数字和短横线，以字母或数字开头（例如 NRRC-US）。</translation>
        </message>
        <message>
            <source>the station needs a name, for example 'US Nuclear Risk Reduction Center'</source>
            <translation>本站需要名称，例如“US Nuclear Risk Reduction Center”</translation>
        </message>
        <message>
            <source>The store holds no station keys; it was not created by `watchdesk init`.</source>
            <translation>数据存储中没有站密钥；它不是由 `watchdesk init` 创建的。</translation>
        </message>
        <message>
            <source>Only a supervisor can turn the two-person rule off, with their PIN.</source>
            <translation>只有主管才能凭其 PIN 码关闭双人规则。</translation>
        </message>
        <message>
            <source>{officer} is not an active supervisor; only a supervisor can turn the two-person rule off.</source>
            <translation>{officer} 不是在职主管；只有主管才能关闭双人规则。</translation>
        </message>
        <message>
            <source>paper anchor {anchor}: {problem}</source>
            <translation>纸面锚点 {anchor}：{problem}</translation>
        </message>
        <message>
            <source>{officer} is not an active supervisor; only a supervisor can acknowledge this.</source>
            <translation>{officer} 不是在职主管；只有主管才能确认此事项。</translation>
        </message>
        <message>
            <source>Importing the inbox failed ({cause}). The files wait in the inbox and are tried again in {seconds} s.</source>
            <translation>导入收件箱失败（{cause}）。文件仍在收件箱中等待，将于 {seconds} 秒后重试。</translation>
        </message>
        <message>
            <source>Importing the inbox failed ({cause}). The files wait in the inbox and are tried again in a moment.</source>
            <translation>导入收件箱失败（{cause}）。文件仍在收件箱中等待，稍后将重试。</translation>
        </message>
        <message numerus="yes">
            <source>Imports keep failing (%n tries in a row): {cause}. The files wait in the inbox; they are tried again in {seconds} s, or now with Import arrivals now (Ctrl+I).</source>
            <translation>
                <numerusform>导入持续失败（已连续 %n 次）：{cause}。文件仍在收件箱中等待；将于 {seconds} 秒后重试，也可通过“立即导入新到文件”（Ctrl+I）立即重试。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imports keep failing (%n tries in a row): {cause}. The files wait in the inbox; they are tried again in a moment, or now with Import arrivals now (Ctrl+I).</source>
            <translation>
                <numerusform>导入持续失败（已连续 %n 次）：{cause}。文件仍在收件箱中等待；稍后将重试，也可通过“立即导入新到文件”（Ctrl+I）立即重试。</numerusform>
            </translation>
        </message>
        <message>
            <source>print the record of one notice, or save it as PDF</source>
            <translation>打印一份通报的记录，或将其另存为 PDF</translation>
        </message>
        <message>
            <source>print the watch log of a UTC day or of a watch, or save it as PDF</source>
            <translation>打印某一 UTC 日期或某次值班的值班日志，或将其另存为 PDF</translation>
        </message>
        <message>
            <source>a UTC day, e.g. 2026-11-28</source>
            <translation>UTC 日期，例如 2026-11-28</translation>
        </message>
        <message>
            <source>a watch from START to END, UTC times like 2026-11-28T06:00:00Z</source>
            <translation>从 START 到 END 的一次值班，UTC 时间，例如 2026-11-28T06:00:00Z</translation>
        </message>
        <message>
            <source>write a PDF file</source>
            <translation>写出 PDF 文件</translation>
        </message>
        <message>
            <source>send to this installed printer</source>
            <translation>发送到此已安装的打印机</translation>
        </message>
        <message>
            <source>the languages to print in, the first leading, e.g. en,ru or en,zh_CN: each label in each language, data once (default: the console's language)</source>
            <translation>打印所用的语言，第一种为主，例如 en,ru 或 en,zh_CN：每个标签以每种语言各印一次，数据只印一次（默认：控制台的语言）</translation>
        </message>
        <message>
            <source>Nothing was printed: {problem}.</source>
            <translation>未打印任何内容：{problem}。</translation>
        </message>
        <message>
            <source>printer {name}</source>
            <translation>打印机 {name}</translation>
        </message>
        <message numerus="yes">
            <source>Record of {message_id}: %n page(s) to {where}</source>
            <translation>
                <numerusform>{message_id} 的记录：%n 页，输出至 {where}</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot read the watch times: {problem}</source>
            <translation>无法读取值班时间：{problem}</translation>
        </message>
        <message numerus="yes">
            <source>Watch log ({messages} messages): %n page(s) to {where}</source>
            <translation>
                <numerusform>值班日志（{messages} 条消息）：%n 页，输出至 {where}</numerusform>
            </translation>
        </message>
        <message>
            <source>CAP 1.2 alert</source>
            <translation>CAP 1.2 警报</translation>
        </message>
        <message>
            <source>NOTAM/NAVAREA draft</source>
            <translation>NOTAM/NAVAREA 草稿</translation>
        </message>
        <message>
            <source>{title}: written as {format} to {path}.</source>
            <translation>{title}：已以 {format} 形式写入 {path}。</translation>
        </message>
        <message>
            <source>Left out: {item}.</source>
            <translation>未包含：{item}。</translation>
        </message>
        <message>
            <source>Note: this notice was {stamp}; export that notice too.</source>
            <translation>注意：此通报发出后已有后续变化（{stamp}）；请将那份后续通报一并导出。</translation>
        </message>
        <message>
            <source>No notice with message id {message_id} is on record at this station.</source>
            <translation>本站没有消息标识为 {message_id} 的通报记录。</translation>
        </message>
        <message>
            <source>No. {sequence} is a {kind}: it holds no launch or impact areas to export.</source>
            <translation>第 {sequence} 号为 {kind}：其中没有可导出的发射区或落区。</translation>
        </message>
        <message>
            <source>Cancellation no. {sequence} cancels message {message_id}, which is not on record here, so there are no areas to export.</source>
            <translation>第 {sequence} 号取消通报所取消的消息 {message_id} 在本站无记录，因此没有可导出的区域。</translation>
        </message>
        <message>
            <source>Printing in Chinese needs the Noto Sans CJK SC font (Debian package fonts-noto-cjk), which is not installed on this workstation; nothing was printed. Install it, or print in English or Russian.</source>
            <translation>用中文打印需要 Noto Sans CJK SC 字体（Debian 软件包 fonts-noto-cjk），但本工作站未安装该字体；未打印任何内容。请安装该字体，或改用英文或俄文打印。</translation>
        </message>
        <message>
            <source>the console is not translated into {language} (printouts can be in {known})</source>
            <translation>控制台未翻译为 {language}（打印件可使用的语言：{known}）</translation>
        </message>
        <message>
            <source>System language ({language})</source>
            <translation>系统语言（{language}）</translation>
        </message>
        <message>
            <source>Could not start printing '{title}': the output device refused it.</source>
            <translation>无法开始打印“{title}”：输出设备拒绝了该任务。</translation>
        </message>
        <message>
            <source>Could not start page {number} of '{title}'.</source>
            <translation>无法开始“{title}”的第 {number} 页。</translation>
        </message>
        <message>
            <source>an unknown time</source>
            <translation>未知时间</translation>
        </message>
        <message>
            <source>CANCELLED by no. {sequence} at {time}</source>
            <translation>已被第 {sequence} 号于 {time} 取消</translation>
        </message>
        <message>
            <source>AMENDED by no. {sequence} at {time}</source>
            <translation>已被第 {sequence} 号于 {time} 修正</translation>
        </message>
        <message>
            <source>Sequence {sequence} to {counterpart} · {summary} · message {message_id} · sealed file SHA-256 {digest}…</source>
            <translation>发往 {counterpart} 的第 {sequence} 号 · {summary} · 消息 {message_id} · 密封文件 SHA-256 {digest}…</translation>
        </message>
        <message>
            <source>Sequence {sequence} from {counterpart} · {summary} · message {message_id} · sealed file SHA-256 {digest}…</source>
            <translation>来自 {counterpart} 的第 {sequence} 号 · {summary} · 消息 {message_id} · 密封文件 SHA-256 {digest}…</translation>
        </message>
        <message>
            <source>message {message_id} (not in this station's store)</source>
            <translation>消息 {message_id}（不在本站数据存储中）</translation>
        </message>
        <message>
            <source>circle, radius {radius} {unit} ({other})</source>
            <translation>圆，半径 {radius} {unit}（{other}）</translation>
        </message>
        <message>
            <source>centre {point}</source>
            <translation>中心 {point}</translation>
        </message>
        <message numerus="yes">
            <source>polygon, %n corners</source>
            <translation>
                <numerusform>多边形，%n 个顶点</numerusform>
            </translation>
        </message>
        <message>
            <source>drawn from the agreement profile's outline</source>
            <translation>按协议配置中的轮廓绘出</translation>
        </message>
        <message>
            <source>not on the map: the agreement profile has no outline for it</source>
            <translation>未在地图上标出：协议配置中没有其轮廓</translation>
        </message>
        <message>
            <source>in {duration}</source>
            <translation>{duration}后</translation>
        </message>
        <message>
            <source>{duration} ago</source>
            <translation>{duration}前</translation>
        </message>
        <message>
            <source>local {time}</source>
            <translation>当地 {time}</translation>
        </message>
    </context>
    <context>
        <name>AgreementProfileDialog</name>
        <message>
            <source>Agreement profile for %1</source>
            <translation>%1 的协议配置</translation>
        </message>
        <message>
            <source>Agreement name</source>
            <translation>协议名称</translation>
        </message>
        <message>
            <source>Minimum lead time</source>
            <translation>最短提前时间</translation>
        </message>
        <message>
            <source>No maximum</source>
            <translation>无上限</translation>
        </message>
        <message>
            <source>Maximum launch window</source>
            <translation>最长发射窗口</translation>
        </message>
        <message>
            <source>Handling banner printed on records</source>
            <translation>打印在记录上的处理标识</translation>
        </message>
        <message>
            <source>An &amp;exercise agreement: new notices start as EXERCISE</source>
            <translation>演习协议：新通报默认状态为 EXERCISE(&amp;E)</translation>
        </message>
        <message>
            <source>Agreement &amp;name:</source>
            <translation>协议名称(&amp;N)：</translation>
        </message>
        <message>
            <source>Minimum &amp;lead time:</source>
            <translation>最短提前时间(&amp;L)：</translation>
        </message>
        <message>
            <source>Maximum launch &amp;window:</source>
            <translation>最长发射窗口(&amp;W)：</translation>
        </message>
        <message>
            <source>Handling &amp;banner for prints:</source>
            <translation>打印件处理标识(&amp;B)：</translation>
        </message>
        <message>
            <source>Message kinds allowed under this agreement</source>
            <translation>本协议允许的消息类型</translation>
        </message>
        <message>
            <source>Acknowledge within, by precedence</source>
            <translation>确认收到时限（按优先等级）</translation>
        </message>
        <message>
            <source>Acknowledgement deadline for %1</source>
            <translation>%1 的确认收到时限</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>未保存：%1</translation>
        </message>
    </context>
    <context>
        <name>AlertStrip</name>
        <message>
            <source>Alert</source>
            <translation>提醒</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>忽略</translation>
        </message>
        <message>
            <source>Dismiss the alert</source>
            <translation>忽略此提醒</translation>
        </message>
        <message>
            <source>Hide this alert in every window; an overdue notice alerts again.</source>
            <translation>在所有窗口中隐藏此提醒；逾期通报将再次提醒。</translation>
        </message>
    </context>
    <context>
        <name>AreaEditor</name>
        <message>
            <source>Polygon (boundary points)</source>
            <translation>多边形（边界点）</translation>
        </message>
        <message>
            <source>Circle (centre and radius)</source>
            <translation>圆（中心和半径）</translation>
        </message>
        <message>
            <source>Ocean quadrant</source>
            <translation>大洋象限</translation>
        </message>
        <message>
            <source>Named body of water</source>
            <translation>指定水域</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Boundary points of %1</source>
            <translation>%1 的边界点</translation>
        </message>
        <message>
            <source>Centre of %1</source>
            <translation>%1 的中心</translation>
        </message>
        <message>
            <source>e.g. 25</source>
            <translation>例如：25</translation>
        </message>
        <message>
            <source>km (kilometres)</source>
            <translation>km（千米）</translation>
        </message>
        <message>
            <source>NM (nautical miles)</source>
            <translation>NM（海里）</translation>
        </message>
        <message>
            <source>Choose an ocean</source>
            <translation>选择大洋</translation>
        </message>
        <message>
            <source>Choose a quadrant</source>
            <translation>选择象限</translation>
        </message>
        <message>
            <source>e.g. Sea of Okhotsk</source>
            <translation>例如：鄂霍次克海</translation>
        </message>
        <message>
            <source>Type of %1</source>
            <translation>%1 的类型</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>移除 %1</translation>
        </message>
    </context>
    <context>
        <name>AreasSection</name>
        <message>
            <source>Launch and impact areas</source>
            <translation>发射区和落区</translation>
        </message>
    </context>
    <context>
        <name>Arrivals</name>
        <message>
            <source>Export failed for %1 notice(s): %2</source>
            <translation>%1 份通报导出失败：%2</translation>
        </message>
        <message>
            <source>%1 notice(s) written to the outbox.</source>
            <translation>已将 %1 份通报写入发件箱。</translation>
        </message>
        <message>
            <source>Imports work again.</source>
            <translation>导入已恢复正常。</translation>
        </message>
        <message>
            <source>The station's store is damaged</source>
            <translation>本站数据存储已损坏</translation>
        </message>
    </context>
    <context>
        <name>AuditAlarmBar</name>
        <message>
            <source>Audit log alarm</source>
            <translation>审计日志警报</translation>
        </message>
        <message>
            <source>Acknowledge as supervisor…</source>
            <translation>以主管身份确认…</translation>
        </message>
        <message>
            <source>AUDIT LOG ALARM (%1): nothing is written until a supervisor acknowledges.</source>
            <translation>审计日志警报（%1）：在主管确认之前，不写入任何内容。</translation>
        </message>
        <message>
            <source>Acknowledge the audit log alarm</source>
            <translation>确认审计日志警报</translation>
        </message>
        <message>
            <source>%1

A supervisor acknowledges this with their PIN. It is recorded in the audit log with what is missing; writing then resumes.</source>
            <translation>%1

须由主管使用其 PIN 码确认。确认操作连同缺失的内容将记入审计日志，随后恢复写入。</translation>
        </message>
        <message>
            <source>&amp;Acknowledge</source>
            <translation>确认(&amp;A)</translation>
        </message>
        <message>
            <source>Acknowledged by %1: %2 audit entries are missing. Re-import the notices still in processed/ with `watchdesk exchange reimport`.</source>
            <translation>已由 %1 确认：缺失 %2 条审计条目。请使用 `watchdesk exchange reimport` 重新导入仍在 processed/ 中的通报。</translation>
        </message>
        <message>
            <source>Audit log alarm acknowledged</source>
            <translation>审计日志警报已确认</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>Audit log (%1)</source>
            <translation>审计日志（%1）</translation>
        </message>
        <message>
            <source>Search the audit log (officer, action, details)…</source>
            <translation>搜索审计日志（值班员、操作、详情）…</translation>
        </message>
        <message>
            <source>Search the audit log</source>
            <translation>搜索审计日志</translation>
        </message>
        <message>
            <source>&amp;Verify chain</source>
            <translation>核验审计链(&amp;V)</translation>
        </message>
        <message>
            <source>Checking the audit chain</source>
            <translation>正在检查审计链</translation>
        </message>
        <message>
            <source>Audit log, newest first</source>
            <translation>审计日志（最新的在前）</translation>
        </message>
        <message>
            <source>%1 entries</source>
            <translation>共 %1 条</translation>
        </message>
        <message>
            <source>Checking %1 audit entries…</source>
            <translation>正在检查 %1 条审计条目…</translation>
        </message>
        <message>
            <source>(checked %1)</source>
            <translation>（检查时间：%1）</translation>
        </message>
    </context>
    <context>
        <name>ChangeOfWatchDialog</name>
        <message>
            <source>Notes given to the incoming officer</source>
            <translation>交给接班值班员的交接说明</translation>
        </message>
        <message>
            <source>The outgoing officer writes the notes and gives them over; the watch can be taken only after the incoming officer has read them.</source>
            <translation>由交班值班员撰写交接说明并移交；接班值班员阅读后方可接班。</translation>
        </message>
        <message>
            <source>Scroll to the end of the notes: every line must be read.</source>
            <translation>请滚动至交接说明末尾：每一行都必须阅读。</translation>
        </message>
        <message>
            <source>Incoming officer: read the notes, then tick the box.</source>
            <translation>接班值班员：请阅读交接说明，然后勾选此框。</translation>
        </message>
        <message>
            <source>The incoming officer must read the outgoing officer's notes first: give them over, read them, and tick the box.</source>
            <translation>接班值班员须先阅读交班值班员的交接说明：请先移交说明，阅读后勾选此框。</translation>
        </message>
        <message>
            <source>Print the handover summary to PDF</source>
            <translation>将交接班摘要打印为 PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>ClockLabel</name>
        <message>
            <source>Current time, UTC and local</source>
            <translation>当前时间（UTC 及本地时间）</translation>
        </message>
    </context>
    <context>
        <name>ComposeController</name>
        <message>
            <source>Draft not found</source>
            <translation>未找到草稿</translation>
        </message>
        <message>
            <source>That draft no longer exists; it was released or deleted.</source>
            <translation>该草稿已不存在；它已被发出或删除。</translation>
        </message>
        <message>
            <source>Template not found</source>
            <translation>未找到模板</translation>
        </message>
        <message>
            <source>That template no longer exists.</source>
            <translation>该模板已不存在。</translation>
        </message>
        <message>
            <source>Select a notice first: in the Outbox for amendments, postponements, cancellations and post-launch reports; in the Inbox or Outbox to start a new notice from one.</source>
            <translation>请先选择一份通报：修正、推迟、取消及发射后报告须在发件箱中选择；以某份通报为基础新建时，可在收件箱或发件箱中选择。</translation>
        </message>
        <message>
            <source>That notice is no longer in the store.</source>
            <translation>该通报已不在数据存储中。</translation>
        </message>
        <message>
            <source>Postpone notice</source>
            <translation>推迟通报</translation>
        </message>
        <message>
            <source>Amend notice</source>
            <translation>修正通报</translation>
        </message>
        <message>
            <source>Cancel notice</source>
            <translation>取消通报</translation>
        </message>
        <message>
            <source>Post-launch report</source>
            <translation>发射后报告</translation>
        </message>
        <message>
            <source>New from notice</source>
            <translation>以通报为基础新建</translation>
        </message>
        <message>
            <source>the %1 draft to %2 last saved %3</source>
            <translation>发往 %2、最后保存于 %3 的 %1 草稿</translation>
        </message>
        <message>
            <source>Delete draft</source>
            <translation>删除草稿</translation>
        </message>
        <message>
            <source>Delete %1? It cannot be recovered.</source>
            <translation>删除%1？删除后无法恢复。</translation>
        </message>
        <message>
            <source>Rename template</source>
            <translation>重命名模板</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>新名称：</translation>
        </message>
        <message>
            <source>Template not renamed</source>
            <translation>模板未重命名</translation>
        </message>
        <message>
            <source>Delete template</source>
            <translation>删除模板</translation>
        </message>
        <message>
            <source>Delete the template '%1'?</source>
            <translation>删除模板“%1”？</translation>
        </message>
    </context>
    <context>
        <name>ComposeWindow</name>
        <message>
            <source>✔ All checks pass.</source>
            <translation>✔ 全部检查通过。</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <source>no recipient yet</source>
            <translation>尚无收件方</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1（发往 %2）</translation>
        </message>
        <message>
            <source>draft %1</source>
            <translation>草稿 %1</translation>
        </message>
        <message>
            <source>new draft</source>
            <translation>新草稿</translation>
        </message>
        <message>
            <source>drafted by %1</source>
            <translation>由 %1 起草</translation>
        </message>
        <message>
            <source>Compose — %1 — Watchdesk</source>
            <translation>编写 — %1 — Watchdesk</translation>
        </message>
        <message>
            <source>Draft %1 saved %2</source>
            <translation>草稿 %1 已于 %2 保存</translation>
        </message>
        <message>
            <source>Not saved yet: the draft is saved as you type.</source>
            <translation>尚未保存：草稿会随输入自动保存。</translation>
        </message>
        <message>
            <source>NOT SAVED: %1</source>
            <translation>未保存：%1</translation>
        </message>
        <message>
            <source>Save as template</source>
            <translation>另存为模板</translation>
        </message>
        <message>
            <source>Name of the template (for %1):</source>
            <translation>模板名称（用于 %1）：</translation>
        </message>
        <message>
            <source>any counterpart</source>
            <translation>任一对方</translation>
        </message>
        <message>
            <source>Template not saved</source>
            <translation>模板未保存</translation>
        </message>
        <message>
            <source>Saved as template '%1'.</source>
            <translation>已另存为模板“%1”。</translation>
        </message>
        <message>
            <source>Sealing and writing to the outbox…</source>
            <translation>正在密封并写入发件箱…</translation>
        </message>
        <message>
            <source>Released; the draft was removed.</source>
            <translation>已发出；草稿已删除。</translation>
        </message>
        <message>
            <source>Not released; the draft is kept.</source>
            <translation>未发出；草稿已保留。</translation>
        </message>
        <message>
            <source>Escape closes this window.</source>
            <translation>按 Escape 键可关闭此窗口。</translation>
        </message>
        <message>
            <source>The release is still running; the window closes after it.</source>
            <translation>发出仍在进行中；完成后窗口将关闭。</translation>
        </message>
    </context>
    <context>
        <name>CounterpartDetail</name>
        <message>
            <source>Details of the selected counterpart</source>
            <translation>所选对方的详情</translation>
        </message>
        <message>
            <source>Choose a counterpart to see its key card and agreement.</source>
            <translation>选择一个对方，即可查看其密钥卡和协议。</translation>
        </message>
    </context>
    <context>
        <name>CounterpartsPage</name>
        <message>
            <source>Counterparts (%1)</source>
            <translation>对方站（%1）</translation>
        </message>
        <message>
            <source>⚠ %1: key changed</source>
            <translation>⚠ %1：密钥已变更</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>站</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>密钥</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>协议</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>通信往来</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Counterparts</source>
            <translation>对方站</translation>
        </message>
        <message>
            <source>&amp;Import key card…</source>
            <translation>导入密钥卡(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Verify key…</source>
            <translation>核验密钥(&amp;V)…</translation>
        </message>
        <message>
            <source>Agreement &amp;profile…</source>
            <translation>协议配置(&amp;P)…</translation>
        </message>
        <message>
            <source>Retire a signing &amp;key…</source>
            <translation>停用签名密钥(&amp;K)…</translation>
        </message>
        <message>
            <source>Refuse files signed with one of this counterpart's keys from now on</source>
            <translation>从现在起，拒收以该对方某一密钥签名的文件</translation>
        </message>
        <message>
            <source>&amp;Language of their free text…</source>
            <translation>对方自由文本的语言(&amp;L)…</translation>
        </message>
        <message>
            <source>The language this counterpart writes remarks and messages in, named beside their text as received</source>
            <translation>该对方撰写备注和消息所用的语言，在其收到的原文旁注明</translation>
        </message>
        <message>
            <source>No counterparts yet. Import a counterpart's key card to exchange notices, then verify it with the counterpart's duty officer.</source>
            <translation>尚无对方站。请导入对方的密钥卡以交换通报，然后与对方值班员核验该密钥卡。</translation>
        </message>
        <message>
            <source>%1 in · %2 out · %3 to acknowledge · %4 awaited</source>
            <translation>收 %1 · 发 %2 · 待我方确认收到 %3 · 待对方确认收到 %4</translation>
        </message>
        <message>
            <source>Verify key again…</source>
            <translation>再次核验密钥…</translation>
        </message>
        <message>
            <source>Language not stated</source>
            <translation>未注明语言</translation>
        </message>
        <message>
            <source>Language of their free text</source>
            <translation>对方自由文本的语言</translation>
        </message>
        <message>
            <source>%1 writes its remarks and messages in:</source>
            <translation>%1 撰写备注和消息所用的语言：</translation>
        </message>
    </context>
    <context>
        <name>CredentialsDialog</name>
        <message>
            <source>Officer</source>
            <translation>值班员</translation>
        </message>
        <message>
            <source> (supervisor)</source>
            <translation>（主管）</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN 码</translation>
        </message>
        <message>
            <source>&amp;Officer:</source>
            <translation>值班员(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>PIN 码(&amp;P)：</translation>
        </message>
        <message>
            <source>Your language for the console</source>
            <translation>您的控制台语言</translation>
        </message>
        <message>
            <source>The workstation's language</source>
            <translation>工作站的语言</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <source>There is no active officer who can do this.</source>
            <translation>没有可执行此操作的有效值班员。</translation>
        </message>
    </context>
    <context>
        <name>DocumentPreview</name>
        <message>
            <source>Preview of the printout</source>
            <translation>打印件预览</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>另存为 PDF(&amp;D)…</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>上一页</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>下一页</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>放大</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>缩小</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>适合宽度</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>整页</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>页码</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>第 %1 页</translation>
        </message>
        <message>
            <source>The printout cannot be shown in these languages</source>
            <translation>无法以这些语言显示打印件</translation>
        </message>
        <message>
            <source>  Page %1 of %2</source>
            <translation>  第 %1 页，共 %2 页</translation>
        </message>
    </context>
    <context>
        <name>DurationField</name>
        <message>
            <source>min</source>
            <translation>分钟</translation>
        </message>
        <message>
            <source>h</source>
            <translation>小时</translation>
        </message>
        <message>
            <source>d</source>
            <translation>天</translation>
        </message>
        <message>
            <source>, unit</source>
            <translation>，单位</translation>
        </message>
    </context>
    <context>
        <name>EchoLabel</name>
        <message>
            <source>%1 as read</source>
            <translation>%1 的解读结果</translation>
        </message>
    </context>
    <context>
        <name>EntryField</name>
        <message>
            <source>e.g. 28-30.00N 080-30.00W, 2830N08030W or 28.5, -80.5</source>
            <translation>例如 28-30.00N 080-30.00W、2830N08030W 或 28.5, -80.5</translation>
        </message>
        <message>
            <source>UTC, e.g. 2026-11-29 18:00Z or 291800Z NOV 26</source>
            <translation>UTC，例如 2026-11-29 18:00Z 或 291800Z NOV 26</translation>
        </message>
    </context>
    <context>
        <name>ExportCommand</name>
        <message>
            <source>write a CAP 1.2 alert (XML)</source>
            <translation>写出 CAP 1.2 警报（XML）</translation>
        </message>
        <message>
            <source>write KML for Google Earth and other GIS tools</source>
            <translation>写出供 Google Earth 和其他 GIS 工具使用的 KML</translation>
        </message>
        <message>
            <source>write GeoJSON (RFC 7946)</source>
            <translation>写出 GeoJSON（RFC 7946）</translation>
        </message>
        <message>
            <source>write a NOTAM/NAVAREA-style plain-text draft</source>
            <translation>写出 NOTAM/NAVAREA 格式的纯文本草稿</translation>
        </message>
    </context>
    <context>
        <name>FieldMessage</name>
        <message>
            <source>Problems with %1</source>
            <translation>%1 的问题</translation>
        </message>
    </context>
    <context>
        <name>FileKind</name>
        <message>
            <source>file</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>symbolic link</source>
            <translation>符号链接</translation>
        </message>
        <message>
            <source>directory</source>
            <translation>目录</translation>
        </message>
        <message>
            <source>named pipe</source>
            <translation>命名管道</translation>
        </message>
        <message>
            <source>socket</source>
            <translation>套接字</translation>
        </message>
        <message>
            <source>device</source>
            <translation>设备文件</translation>
        </message>
        <message>
            <source>special file</source>
            <translation>特殊文件</translation>
        </message>
    </context>
    <context>
        <name>FirstOfficerDialog</name>
        <message>
            <source>First officer of the station</source>
            <translation>本站首位值班员</translation>
        </message>
        <message>
            <source>No officers are registered on this station yet. Create the first one now: a supervisor, who can then add the other officers (Station → Officers).</source>
            <translation>本站尚未登记任何值班员。请立即创建首位值班员：一名主管，之后可由其添加其他值班员（站 → 值班员）。</translation>
        </message>
        <message>
            <source>Name of the first supervisor</source>
            <translation>首位主管的姓名</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN 码</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>再次输入 PIN 码</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>姓名(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>PIN 码(&amp;P)：</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>再次输入 PIN 码(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Create supervisor</source>
            <translation>创建主管(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>FreeTextSection</name>
        <message>
            <source>%1 as received</source>
            <translation>%1（收到的原文）</translation>
        </message>
        <message>
            <source>Add working translation…</source>
            <translation>添加工作译文…</translation>
        </message>
        <message>
            <source>Translate the %1 for this desk; the original stays as received</source>
            <translation>为本值班台翻译%1；原文保持收到时的原样</translation>
        </message>
        <message>
            <source>No working translation</source>
            <translation>工作译文未添加</translation>
        </message>
        <message>
            <source>No officer is on watch. A working translation names the officer who made it: take the watch first (Station → Start of watch…).</source>
            <translation>当前无人值班。工作译文须注明翻译的值班员：请先开始值班（站 → 开始值班…）。</translation>
        </message>
        <message>
            <source>The working translation was not kept</source>
            <translation>工作译文未保存</translation>
        </message>
    </context>
    <context>
        <name>HandlingSection</name>
        <message>
            <source>Handling: sequence, signature, keys</source>
            <translation>处理信息：序号、签名、密钥</translation>
        </message>
        <message>
            <source>Show the handling facts: sequence, signature, keys</source>
            <translation>显示处理信息：序号、签名、密钥</translation>
        </message>
        <message>
            <source>Handling facts</source>
            <translation>处理信息</translation>
        </message>
    </context>
    <context>
        <name>KeyAlertBanner</name>
        <message>
            <source>Verify the key…</source>
            <translation>核验密钥…</translation>
        </message>
    </context>
    <context>
        <name>KeyCards</name>
        <message>
            <source>Key cards (*.json *.wdk *.txt);;All files (*)</source>
            <translation>密钥卡 (*.json *.wdk *.txt);;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>Kind</name>
        <message>
            <source>launch notification</source>
            <translation>发射通报</translation>
        </message>
        <message>
            <source>amendment</source>
            <translation>修正通报</translation>
        </message>
        <message>
            <source>cancellation</source>
            <translation>取消通报</translation>
        </message>
        <message>
            <source>post-launch report</source>
            <translation>发射后报告</translation>
        </message>
        <message>
            <source>general communication</source>
            <translation>一般通信</translation>
        </message>
        <message>
            <source>acknowledgement</source>
            <translation>确认收到</translation>
        </message>
        <message>
            <source>error report</source>
            <translation>错误报告</translation>
        </message>
    </context>
    <context>
        <name>LanguageChoice</name>
        <message>
            <source>Languages of the printout</source>
            <translation>打印件的语言</translation>
        </message>
        <message>
            <source>Print in the console's language, or label by label in it and a second language (free text as received, working translations marked as such)</source>
            <translation>以控制台的语言打印，或逐个标签以控制台语言和第二种语言打印（自由文本按收到的原文，工作译文均有标明）</translation>
        </message>
    </context>
    <context>
        <name>LastHandoverDialog</name>
        <message>
            <source>Last handover — %1</source>
            <translation>上次交接班 — %1</translation>
        </message>
        <message>
            <source>%1 handed the watch over to %2 at %3.</source>
            <translation>%1 于 %3 将值班移交给 %2。</translation>
        </message>
        <message>
            <source>&amp;Print to PDF…</source>
            <translation>打印为 PDF(&amp;P)…</translation>
        </message>
        <message>
            <source>Print the handover summary to PDF</source>
            <translation>将交接班摘要打印为 PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Notice</source>
            <translation>通报(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Station</source>
            <translation>站(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Inbox</source>
            <translation>收件箱</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>发件箱</translation>
        </message>
        <message>
            <source>Drafts</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Counterparts</source>
            <translation>对方站</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>审计</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>站</translation>
        </message>
        <message>
            <source>Officers</source>
            <translation>值班员</translation>
        </message>
        <message>
            <source>Quarantine</source>
            <translation>隔离区</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>导航</translation>
        </message>
        <message>
            <source>Details of the selected item</source>
            <translation>所选项目的详情</translation>
        </message>
        <message>
            <source> — DEMO (synthetic data)</source>
            <translation> — 演示（合成数据）</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Find in this list</source>
            <translation>在此列表中查找(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Night palette</source>
            <translation>夜间配色(&amp;N)</translation>
        </message>
        <message>
            <source>Write audit &amp;checkpoint</source>
            <translation>写入审计检查点(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;About Watchdesk</source>
            <translation>关于 Watchdesk(&amp;A)</translation>
        </message>
        <message>
            <source>The night palette is not kept for the next start: %1</source>
            <translation>夜间配色设置未能保存，下次启动时不会保留：%1</translation>
        </message>
        <message>
            <source>Exchange: no counterpart folders yet</source>
            <translation>交换：尚无对方文件夹</translation>
        </message>
        <message>
            <source>Exchange: </source>
            <translation>交换：</translation>
        </message>
        <message>
            <source>Signed an audit checkpoint over %1 entries.</source>
            <translation>已对 %1 条审计条目签署审计检查点。</translation>
        </message>
        <message>
            <source>No audit checkpoint was written: %1</source>
            <translation>未写入审计检查点：%1</translation>
        </message>
        <message>
            <source>About Watchdesk</source>
            <translation>关于 Watchdesk</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Watchdesk %1&lt;/h3&gt;&lt;p&gt;The duty officer's console for launch-notification exchange.&lt;/p&gt;&lt;p&gt;Station: %2 (%3)&lt;br&gt;Data dir: %4&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Watchdesk %1&lt;/h3&gt;&lt;p&gt;用于发射通报交换的值班员控制台。&lt;/p&gt;&lt;p&gt;站：%2（%3）&lt;br&gt;数据目录：%4&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MapWidget</name>
        <message>
            <source>Map of launch and impact areas</source>
            <translation>发射区和落区地图</translation>
        </message>
        <message>
            <source>Fit map to areas</source>
            <translation>缩放地图以显示全部区域</translation>
        </message>
        <message>
            <source>Show all areas (F)</source>
            <translation>显示全部区域（F）</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>放大</translation>
        </message>
        <message>
            <source>Zoom in (+)</source>
            <translation>放大（+）</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>缩小</translation>
        </message>
        <message>
            <source>Zoom out (-)</source>
            <translation>缩小（-）</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>全览</translation>
        </message>
        <message>
            <source>No areas</source>
            <translation>无区域</translation>
        </message>
        <message>
            <source>%1. Arrow keys pan, plus and minus zoom, F fits the map to the areas.</source>
            <translation>%1。方向键平移地图，加号和减号键缩放，F 键缩放地图以显示全部区域。</translation>
        </message>
    </context>
    <context>
        <name>NewOfficerDialog</name>
        <message>
            <source>Add an officer</source>
            <translation>添加值班员</translation>
        </message>
        <message>
            <source>Name of the new officer</source>
            <translation>新值班员的姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>PIN of the new officer</source>
            <translation>新值班员的 PIN 码</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>再次输入 PIN 码</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>姓名(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>角色(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>PIN 码(&amp;P)：</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>再次输入 PIN 码(&amp;A)：</translation>
        </message>
        <message>
            <source>An officer needs a name.</source>
            <translation>值班员必须填写姓名。</translation>
        </message>
    </context>
    <context>
        <name>NewPinDialog</name>
        <message>
            <source>New PIN for %1</source>
            <translation>%1 的新 PIN 码</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>新 PIN 码</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>再次输入新 PIN 码</translation>
        </message>
        <message>
            <source>New &amp;PIN:</source>
            <translation>新 PIN 码(&amp;P)：</translation>
        </message>
        <message>
            <source>New PIN &amp;again:</source>
            <translation>再次输入新 PIN 码(&amp;A)：</translation>
        </message>
    </context>
    <context>
        <name>NoticeDetailPane</name>
        <message>
            <source>Details of the selected notice</source>
            <translation>所选通报的详情</translation>
        </message>
        <message>
            <source>Select a notice to read it here.</source>
            <translation>选择一份通报，即可在此阅读。</translation>
        </message>
        <message>
            <source>Select a notice we sent to see where it stands.</source>
            <translation>选择一份我方发出的通报，即可查看其当前状态。</translation>
        </message>
    </context>
    <context>
        <name>NoticeForm</name>
        <message>
            <source>Launch notification</source>
            <translation>发射通报</translation>
        </message>
        <message>
            <source>Amendment or postponement</source>
            <translation>修正或推迟</translation>
        </message>
        <message>
            <source>Cancellation</source>
            <translation>取消通报</translation>
        </message>
        <message>
            <source>Post-launch report</source>
            <translation>发射后报告</translation>
        </message>
        <message>
            <source>General communication</source>
            <translation>一般通信</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>通报</translation>
        </message>
        <message>
            <source>Impact area I%1</source>
            <translation>落区 I%1</translation>
        </message>
        <message>
            <source>Replacement launch details</source>
            <translation>替换后的发射详情</translation>
        </message>
        <message>
            <source>Launch details</source>
            <translation>发射详情</translation>
        </message>
        <message>
            <source>R&amp;eason (optional):</source>
            <translation>理由（可选）(&amp;E)：</translation>
        </message>
        <message>
            <source>R&amp;eason:</source>
            <translation>理由(&amp;E)：</translation>
        </message>
        <message>
            <source>Refers to: %1</source>
            <translation>所涉通报：%1</translation>
        </message>
        <message>
            <source>%1 (not a counterpart of this station)</source>
            <translation>%1（非本站对方）</translation>
        </message>
    </context>
    <context>
        <name>NoticeListView</name>
        <message>
            <source>Search notice text…</source>
            <translation>搜索通报文本…</translation>
        </message>
        <message>
            <source>Search notices</source>
            <translation>搜索通报</translation>
        </message>
        <message>
            <source>Sort by</source>
            <translation>排序方式</translation>
        </message>
        <message>
            <source>Order of work: FLASH, overdue, deadline</source>
            <translation>处理顺序：FLASH、逾期、时限</translation>
        </message>
        <message>
            <source>Unacknowledged FLASH notices first, then the overdue ones, then the others waiting by their acknowledgement deadline, soonest first; then the rest, newest first</source>
            <translation>未确认收到的 FLASH 通报排在最前，其次是逾期通报，再次是其余待确认收到的通报（按确认收到时限，最近的在前）；其余通报按时间排列，最新的在前</translation>
        </message>
        <message>
            <source>Sort: newest first</source>
            <translation>排序：最新的在前</translation>
        </message>
        <message>
            <source>Sort: %1</source>
            <translation>排序：%1</translation>
        </message>
        <message>
            <source>Descending order</source>
            <translation>降序</translation>
        </message>
        <message>
            <source>Reverse the order</source>
            <translation>反转顺序</translation>
        </message>
        <message>
            <source>&amp;Unacknowledged first</source>
            <translation>未确认收到的在前(&amp;U)</translation>
        </message>
        <message>
            <source>Unacknowledged first</source>
            <translation>未确认收到的在前</translation>
        </message>
        <message>
            <source>Notices still waiting for an acknowledgement on top, the nearest deadline first</source>
            <translation>仍在等待确认收到的通报排在最前，时限最近的在前</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <source>All counterparts</source>
            <translation>全部对方</translation>
        </message>
        <message>
            <source>All precedences</source>
            <translation>全部优先等级</translation>
        </message>
        <message>
            <source>From (UTC date)</source>
            <translation>起始日期（UTC）</translation>
        </message>
        <message>
            <source>To (UTC date)</source>
            <translation>截止日期（UTC）</translation>
        </message>
        <message>
            <source>Show ac&amp;knowledgements</source>
            <translation>显示确认收到消息(&amp;K)</translation>
        </message>
        <message>
            <source>Show acknowledgements</source>
            <translation>显示确认收到消息</translation>
        </message>
        <message>
            <source>List the counterpart's acknowledgements as rows of their own; otherwise each shows on the notice it acknowledges</source>
            <translation>将对方的确认收到消息单独列为一行；否则显示在其所确认的通报上</translation>
        </message>
        <message>
            <source>C&amp;lear filters</source>
            <translation>清除筛选条件(&amp;L)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>自</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>任意</translation>
        </message>
        <message>
            <source>Inbox</source>
            <translation>收件箱</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>发件箱</translation>
        </message>
        <message>
            <source>Listing failed: %1</source>
            <translation>列表加载失败：%1</translation>
        </message>
        <message>
            <source>Listing…</source>
            <translation>正在加载列表…</translation>
        </message>
        <message>
            <source>1 notice</source>
            <translation>1 份通报</translation>
        </message>
        <message>
            <source>%1 notices</source>
            <translation>%1 份通报</translation>
        </message>
        <message>
            <source>No notices match these filters.</source>
            <translation>没有符合这些筛选条件的通报。</translation>
        </message>
        <message>
            <source>No incoming notices yet. Files from counterparts appear here as they arrive.</source>
            <translation>尚无收到的通报。对方发来的文件到达后将显示在此处。</translation>
        </message>
        <message>
            <source>Nothing sent yet.</source>
            <translation>尚未发送任何内容。</translation>
        </message>
        <message>
            <source>from %1: no. %2</source>
            <translation>来自 %1：第 %2 号</translation>
        </message>
        <message>
            <source>Missing notices %1. They have not arrived; if they do not come soon, ask the counterpart.</source>
            <translation>缺失通报 %1。这些通报尚未到达；如短时间内仍未到达，请询问对方。</translation>
        </message>
        <message>
            <source>1 notice is past its acknowledgement deadline.</source>
            <translation>1 份通报已超过确认收到时限。</translation>
        </message>
        <message>
            <source>%1 notices are past their acknowledgement deadline.</source>
            <translation>%1 份通报已超过确认收到时限。</translation>
        </message>
        <message>
            <source>Acknowledge (Ctrl+K) or report a problem; Ctrl+J goes to the most urgent.</source>
            <translation>请确认收到（Ctrl+K）或报告问题；Ctrl+J 转到最紧急的通报。</translation>
        </message>
        <message>
            <source>1 notice we sent was not acknowledged in time:</source>
            <translation>我方发出的 1 份通报未在时限内获确认收到：</translation>
        </message>
        <message>
            <source>%1 notices we sent were not acknowledged in time:</source>
            <translation>我方发出的 %1 份通报未在时限内获确认收到：</translation>
        </message>
        <message>
            <source>follow up with the counterpart.</source>
            <translation>请与对方跟进。</translation>
        </message>
        <message>
            <source>%1 %2 no. %3 from %4</source>
            <translation>来自 %4 的 %1 %2第 %3 号</translation>
        </message>
        <message>
            <source>%1 %2 no. %3 to %4</source>
            <translation>发往 %4 的 %1 %2第 %3 号</translation>
        </message>
        <message>
            <source>%1: acknowledge within %2.</source>
            <translation>%1：须在 %2 内确认收到。</translation>
        </message>
        <message>
            <source>%1: their acknowledgement is due within %2.</source>
            <translation>%1：对方应在 %2 内确认收到。</translation>
        </message>
        <message>
            <source>%1: acknowledgement OVERDUE %2.</source>
            <translation>%1：确认收到已逾期 %2。</translation>
        </message>
        <message>
            <source>%1: their acknowledgement is OVERDUE %2.</source>
            <translation>%1：对方确认收到已逾期 %2。</translation>
        </message>
    </context>
    <context>
        <name>Ocean</name>
        <message>
            <source>Atlantic</source>
            <translation>大西洋</translation>
        </message>
        <message>
            <source>Pacific</source>
            <translation>太平洋</translation>
        </message>
        <message>
            <source>Indian</source>
            <translation>印度洋</translation>
        </message>
        <message>
            <source>Arctic</source>
            <translation>北冰洋</translation>
        </message>
        <message>
            <source>Southern</source>
            <translation>南大洋</translation>
        </message>
    </context>
    <context>
        <name>OfficersPage</name>
        <message>
            <source>Officers (%1)</source>
            <translation>值班员（%1）</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>值班员</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Officers</source>
            <translation>值班员</translation>
        </message>
        <message>
            <source>&amp;Add officer…</source>
            <translation>添加值班员(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Disable</source>
            <translation>停用(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Reset PIN…</source>
            <translation>重置 PIN 码(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Unlock…</source>
            <translation>解锁(&amp;U)…</translation>
        </message>
        <message>
            <source>&amp;Language…</source>
            <translation>语言(&amp;L)…</translation>
        </message>
        <message>
            <source>The language the console shows while this officer is on watch</source>
            <translation>该值班员在值班时控制台显示的语言</translation>
        </message>
        <message>
            <source>Adding an officer, disabling one, resetting a PIN and unlocking an officer locked after wrong PINs each need a supervisor's PIN.</source>
            <translation>添加值班员、停用值班员、重置 PIN 码以及解锁因 PIN 码输错而被锁定的值班员，均须输入主管的 PIN 码。</translation>
        </message>
        <message>
            <source>active</source>
            <translation>有效</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>, on watch</source>
            <translation>，在值班</translation>
        </message>
        <message>
            <source>, locked until %1</source>
            <translation>，锁定至 %1</translation>
        </message>
        <message>
            <source>the workstation's</source>
            <translation>工作站语言</translation>
        </message>
        <message>
            <source>&amp;Enable</source>
            <translation>启用(&amp;E)</translation>
        </message>
        <message>
            <source>Supervisor approval</source>
            <translation>主管批准</translation>
        </message>
        <message>
            <source>A supervisor approves this change with their PIN: %1</source>
            <translation>须由主管使用其 PIN 码批准此项变更：%1</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>批准(&amp;A)</translation>
        </message>
        <message>
            <source>Supervisor approval: %1</source>
            <translation>主管批准：%1</translation>
        </message>
        <message>
            <source>add %1 as %2</source>
            <translation>将 %1 添加为 %2</translation>
        </message>
        <message>
            <source>Officer not added</source>
            <translation>值班员未添加</translation>
        </message>
        <message>
            <source>Officer on watch</source>
            <translation>当班值班员</translation>
        </message>
        <message>
            <source>%1 is on watch. Hand the watch over (Station → Change of watch) before disabling them.</source>
            <translation>%1 正在值班。请先交接班（站 → 交接班），再停用该值班员。</translation>
        </message>
        <message>
            <source>Last supervisor</source>
            <translation>最后一名主管</translation>
        </message>
        <message>
            <source>%1 is the only active supervisor. Add another supervisor first, or nobody could manage officers any more.</source>
            <translation>%1 是唯一的有效主管。请先添加另一名主管，否则将无人能够管理值班员。</translation>
        </message>
        <message>
            <source>disable %1</source>
            <translation>停用 %1</translation>
        </message>
        <message>
            <source>enable %1</source>
            <translation>启用 %1</translation>
        </message>
        <message>
            <source>new PIN for %1</source>
            <translation>为 %1 设置新 PIN 码</translation>
        </message>
        <message>
            <source>PIN not changed</source>
            <translation>PIN 码未更改</translation>
        </message>
        <message>
            <source>The workstation's language</source>
            <translation>工作站的语言</translation>
        </message>
        <message>
            <source>Language of %1</source>
            <translation>%1 的语言</translation>
        </message>
        <message>
            <source>The console shows this language while %1 is on watch:</source>
            <translation>%1 值班时控制台显示以下语言：</translation>
        </message>
        <message>
            <source>Language not changed</source>
            <translation>语言未更改</translation>
        </message>
        <message>
            <source>unlock %1</source>
            <translation>解锁 %1</translation>
        </message>
        <message>
            <source>Officer not unlocked</source>
            <translation>值班员未解锁</translation>
        </message>
    </context>
    <context>
        <name>OwnStationPage</name>
        <message>
            <source>Our station</source>
            <translation>本站</translation>
        </message>
        <message>
            <source>Our card fingerprint</source>
            <translation>本站密钥卡指纹</translation>
        </message>
        <message>
            <source>Our key card as a QR code</source>
            <translation>本站密钥卡 QR 码</translation>
        </message>
        <message>
            <source>Our key card</source>
            <translation>本站密钥卡</translation>
        </message>
        <message>
            <source>Fingerprint:</source>
            <translation>指纹：</translation>
        </message>
        <message>
            <source>Keys created:</source>
            <translation>密钥生成时间：</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>数据文件夹：</translation>
        </message>
        <message>
            <source>&amp;Export key card…</source>
            <translation>导出密钥卡(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Print key card to PDF…</source>
            <translation>将密钥卡打印为 PDF(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Rotate our keys…</source>
            <translation>轮换本站密钥(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <source>Generation</source>
            <translation>代次</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>生成时间</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>停用时间</translation>
        </message>
        <message>
            <source>Our key generations</source>
            <translation>本站密钥代次</translation>
        </message>
        <message>
            <source>Key generations (old keys are kept to open traffic sealed to them)</source>
            <translation>密钥代次（旧密钥予以保留，用于打开以其密封的通信）</translation>
        </message>
        <message>
            <source> (current)</source>
            <translation>（当前）</translation>
        </message>
    </context>
    <context>
        <name>Pairings</name>
        <message>
            <source>any two different officers</source>
            <translation>任意两名不同的值班员</translation>
        </message>
        <message>
            <source>an officer and a supervisor</source>
            <translation>一名值班员和一名主管</translation>
        </message>
    </context>
    <context>
        <name>PointListEdit</name>
        <message>
            <source>One position per line. The last line must repeat the first to close the ring.</source>
            <translation>每行一个位置。最后一行必须与第一行相同，以使环线闭合。</translation>
        </message>
        <message>
            <source>One position per line, e.g.
52-00.00N 160-00.00E
5200N16200E
…</source>
            <translation>每行一个位置，例如：
52-00.00N 160-00.00E
5200N16200E
…</translation>
        </message>
        <message>
            <source>Close ring</source>
            <translation>闭合环线</translation>
        </message>
        <message>
            <source>Close the ring of %1</source>
            <translation>闭合 %1 的环线</translation>
        </message>
        <message>
            <source>Append the first point so the ring is closed</source>
            <translation>在末尾追加第一个点，使环线闭合</translation>
        </message>
    </context>
    <context>
        <name>PreviewWindow</name>
        <message>
            <source>Preview — the record as it will be printed and sent (not yet sealed)</source>
            <translation>预览 — 将要打印和发送的记录（尚未密封）</translation>
        </message>
    </context>
    <context>
        <name>PrintActions</name>
        <message>
            <source>Nothing printed: a printout names the officer on watch. Take the watch first.</source>
            <translation>未打印：打印件须注明当班值班员。请先开始值班。</translation>
        </message>
        <message>
            <source>Select a notice in the Inbox or Outbox first.</source>
            <translation>请先在收件箱或发件箱中选择一份通报。</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Print each label in the console's language, or in it and a second language (data once; free text as received, working translations marked as such).</source>
            <translation>每个标签以控制台的语言打印，或以控制台语言和第二种语言打印（数据只印一次；自由文本按收到的原文，工作译文均有标明）。</translation>
        </message>
        <message>
            <source>A printout is being printed; wait until it has gone to the printer.</source>
            <translation>正在打印一份打印件；请等待其发送到打印机。</translation>
        </message>
        <message>
            <source>Print the record</source>
            <translation>打印记录</translation>
        </message>
        <message>
            <source>Printing the record of no. %1…</source>
            <translation>正在打印第 %1 号通报的记录…</translation>
        </message>
        <message>
            <source>The record was not printed</source>
            <translation>记录未打印</translation>
        </message>
        <message>
            <source>Record of no. %1 sent to %2 (%3 pages).</source>
            <translation>第 %1 号通报的记录已发送至 %2（%3 页）。</translation>
        </message>
        <message>
            <source>The record cannot be shown</source>
            <translation>无法显示记录</translation>
        </message>
        <message>
            <source>Print preview — record of %1</source>
            <translation>打印预览 — %1 的记录</translation>
        </message>
        <message>
            <source>Save the record as PDF</source>
            <translation>将记录另存为 PDF</translation>
        </message>
        <message>
            <source>Saving the record of no. %1 as PDF…</source>
            <translation>正在将第 %1 号通报的记录另存为 PDF…</translation>
        </message>
        <message>
            <source>The record was not saved as PDF</source>
            <translation>记录未另存为 PDF</translation>
        </message>
        <message>
            <source>Record saved as %1.</source>
            <translation>记录已另存为 %1。</translation>
        </message>
        <message>
            <source>Save today's watch log as PDF</source>
            <translation>将今日值班日志另存为 PDF</translation>
        </message>
        <message>
            <source>Saving the watch log of %1 as PDF…</source>
            <translation>正在将 %1 的值班日志另存为 PDF…</translation>
        </message>
        <message>
            <source>The watch log was not saved as PDF</source>
            <translation>值班日志未另存为 PDF</translation>
        </message>
        <message>
            <source>Watch log of %1 (%2 messages) saved as %3.</source>
            <translation>%1 的值班日志（%2 条消息）已另存为 %3。</translation>
        </message>
        <message>
            <source>Print the watch log</source>
            <translation>打印值班日志</translation>
        </message>
        <message>
            <source>Printing the watch log of %1…</source>
            <translation>正在打印 %1 的值班日志…</translation>
        </message>
        <message>
            <source>The watch log was not printed</source>
            <translation>值班日志未打印</translation>
        </message>
        <message>
            <source>Watch log of %1 (%2 messages) sent to %3 (%4 pages).</source>
            <translation>%1 的值班日志（%2 条消息）已发送至 %3（%4 页）。</translation>
        </message>
        <message>
            <source>The watch log cannot be shown</source>
            <translation>无法显示值班日志</translation>
        </message>
        <message>
            <source>Print preview — watch log of %1</source>
            <translation>打印预览 — %1 的值班日志</translation>
        </message>
        <message>
            <source>&amp;Print the selected notice…</source>
            <translation>打印所选通报(&amp;P)…</translation>
        </message>
        <message>
            <source>Print pre&amp;view of the selected notice</source>
            <translation>所选通报的打印预览(&amp;V)</translation>
        </message>
        <message>
            <source>Save the selected notice as P&amp;DF…</source>
            <translation>将所选通报另存为 PDF(&amp;D)…</translation>
        </message>
        <message>
            <source>Save today's &amp;watch log as PDF…</source>
            <translation>将今日值班日志另存为 PDF(&amp;W)…</translation>
        </message>
        <message>
            <source>Print today's watch &amp;log…</source>
            <translation>打印今日值班日志(&amp;L)…</translation>
        </message>
        <message>
            <source>Pre&amp;view today's watch log</source>
            <translation>预览今日值班日志(&amp;V)</translation>
        </message>
    </context>
    <context>
        <name>PrintLabels</name>
        <message>
            <source>Printed {when} by {who} · Page {page} of {pages}</source>
            <translation>由 {who} 于 {when} 打印 · 第 {page} 页，共 {pages} 页</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>第 {page} 页，共 {pages} 页</translation>
        </message>
        <message>
            <source>Audit head {count}:{hash} · signature {signature}</source>
            <translation>审计链头 {count}:{hash} · 签名 {signature}</translation>
        </message>
        <message>
            <source>Watchdesk · {station} · Record of message {message_id}</source>
            <translation>Watchdesk · {station} · 消息 {message_id} 的记录</translation>
        </message>
        <message>
            <source>Record of message received</source>
            <translation>接收消息记录</translation>
        </message>
        <message>
            <source>Record of message sent</source>
            <translation>发出消息记录</translation>
        </message>
        <message>
            <source>Record of draft message (not sent)</source>
            <translation>草稿消息记录（未发送）</translation>
        </message>
        <message>
            <source>From {sender} to {recipient}</source>
            <translation>由 {sender} 发往 {recipient}</translation>
        </message>
        <message>
            <source>{station_id} ({station_name})</source>
            <translation>{station_id}（{station_name}）</translation>
        </message>
        <message>
            <source>Message {message_id} · Sequence {sequence} · {precedence}</source>
            <translation>消息 {message_id} · 序号 {sequence} · {precedence}</translation>
        </message>
        <message>
            <source>Scan to match this paper with the stored record</source>
            <translation>扫描以核对此纸面记录与存储的记录</translation>
        </message>
        <message>
            <source>Sealed · signature {signature} · sender's key {key}</source>
            <translation>已密封 · 签名 {signature} · 发送方密钥 {key}</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>有效</translation>
        </message>
        <message>
            <source>INVALID</source>
            <translation>无效</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>已核验</translation>
        </message>
        <message>
            <source>NOT VERIFIED</source>
            <translation>未核验</translation>
        </message>
        <message>
            <source>Acknowledged {when} by {who}</source>
            <translation>由 {who} 于 {when} 确认收到</translation>
        </message>
        <message>
            <source>End of record of message {message_id}</source>
            <translation>消息 {message_id} 的记录结束</translation>
        </message>
        <message>
            <source>This message is an EXERCISE. It does not notify a real launch.</source>
            <translation>此消息为 EXERCISE（演练）。它不通报真实发射。</translation>
        </message>
        <message>
            <source>This message is a TEST of the channel. It does not notify a real launch.</source>
            <translation>此消息为信道 TEST（测试）。它不通报真实发射。</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <source>Launch details</source>
            <translation>发射详情</translation>
        </message>
        <message>
            <source>Replacement launch details (full content of the amendment)</source>
            <translation>替代的发射细节（修正通报的完整内容）</translation>
        </message>
        <message>
            <source>Amendment</source>
            <translation>修正通报</translation>
        </message>
        <message>
            <source>Cancellation</source>
            <translation>取消通报</translation>
        </message>
        <message>
            <source>Post-launch report</source>
            <translation>发射后报告</translation>
        </message>
        <message>
            <source>General communication</source>
            <translation>一般通信</translation>
        </message>
        <message>
            <source>Acknowledgement</source>
            <translation>确认收到</translation>
        </message>
        <message>
            <source>Error report</source>
            <translation>错误报告</translation>
        </message>
        <message>
            <source>Impact areas ({count})</source>
            <translation>落区（{count}）</translation>
        </message>
        <message>
            <source>Map of the areas</source>
            <translation>区域地图</translation>
        </message>
        <message>
            <source>References</source>
            <translation>引用</translation>
        </message>
        <message>
            <source>What this amendment changes</source>
            <translation>本修正通报的变更内容</translation>
        </message>
        <message>
            <source>The chain on record (ours and theirs)</source>
            <translation>已记录的引用链（本站和对方）</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Was</source>
            <translation>原值</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>现值</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>（未提供）</translation>
        </message>
        <message>
            <source>No launch detail differs from the version it replaces.</source>
            <translation>与被替换的版本相比，发射详情无任何变化。</translation>
        </message>
        <message>
            <source>The version this amends is not on record here: compare the replacement below by hand.</source>
            <translation>本站没有其所修正版本的记录：请人工比对下列替代内容。</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>From</source>
            <translation>发送方</translation>
        </message>
        <message>
            <source>DTG (UTC)</source>
            <translation>DTG（UTC）</translation>
        </message>
        <message>
            <source>Message ID</source>
            <translation>消息标识</translation>
        </message>
        <message>
            <source>them</source>
            <translation>对方</translation>
        </message>
        <message>
            <source>us</source>
            <translation>我方</translation>
        </message>
        <message>
            <source>this record</source>
            <translation>本记录</translation>
        </message>
        <message>
            <source>not on record here</source>
            <translation>本站无记录</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>处理信息</translation>
        </message>
        <message>
            <source>Verification</source>
            <translation>核验</translation>
        </message>
        <message>
            <source>Acknowledgement of this message</source>
            <translation>本消息的确认收到</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>方向</translation>
        </message>
        <message>
            <source>This station</source>
            <translation>本站</translation>
        </message>
        <message>
            <source>Counterpart</source>
            <translation>对方</translation>
        </message>
        <message>
            <source>Sender → recipient</source>
            <translation>发送方 → 收件方</translation>
        </message>
        <message>
            <source>Channel sequence no.</source>
            <translation>信道序号</translation>
        </message>
        <message>
            <source>Precedence</source>
            <translation>优先等级</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Date-time group</source>
            <translation>日时组</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>协议</translation>
        </message>
        <message>
            <source>Drafted by</source>
            <translation>起草人</translation>
        </message>
        <message>
            <source>Released by</source>
            <translation>发出人</translation>
        </message>
        <message>
            <source>Format version</source>
            <translation>格式版本</translation>
        </message>
        <message>
            <source>Received from {counterpart}</source>
            <translation>接收自 {counterpart}</translation>
        </message>
        <message>
            <source>Sent to {counterpart}</source>
            <translation>发往 {counterpart}</translation>
        </message>
        <message>
            <source>{station_id} — {station_name}</source>
            <translation>{station_id} — {station_name}</translation>
        </message>
        <message>
            <source>Local {local}</source>
            <translation>当地时间 {local}</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>未给出</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Vehicle category</source>
            <translation>运载器类别</translation>
        </message>
        <message>
            <source>Number of vehicles</source>
            <translation>运载器数量</translation>
        </message>
        <message>
            <source>Group launch</source>
            <translation>成组发射</translation>
        </message>
        <message>
            <source>Launch window opens</source>
            <translation>发射窗口开启</translation>
        </message>
        <message>
            <source>Launch window closes</source>
            <translation>发射窗口关闭</translation>
        </message>
        <message>
            <source>Window length</source>
            <translation>窗口长度</translation>
        </message>
        <message>
            <source>Planned direction</source>
            <translation>计划方向</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Launch area</source>
            <translation>发射区</translation>
        </message>
        <message>
            <source>Impact area {number} of {count}</source>
            <translation>落区 {number}/{count}</translation>
        </message>
        <message>
            <source>Polygon, {corners} corners</source>
            <translation>多边形，{corners} 个顶点</translation>
        </message>
        <message>
            <source>Circle, radius {radius}</source>
            <translation>圆，半径 {radius}</translation>
        </message>
        <message>
            <source>Unrecognised area type '{type}'</source>
            <translation>无法识别的区域类型“{type}”</translation>
        </message>
        <message>
            <source>{ocean} Ocean, {quadrant} quadrant</source>
            <translation>{ocean}，{quadrant} 象限</translation>
        </message>
        <message>
            <source>{radius} {unit} ({other})</source>
            <translation>{radius} {unit}（{other}）</translation>
        </message>
        <message>
            <source>Centre</source>
            <translation>中心</translation>
        </message>
        <message>
            <source>{number} (closes ring)</source>
            <translation>{number}（闭合环）</translation>
        </message>
        <message>
            <source>Point</source>
            <translation>点</translation>
        </message>
        <message>
            <source>Latitude (DMS)</source>
            <translation>纬度（度分秒）</translation>
        </message>
        <message>
            <source>Longitude (DMS)</source>
            <translation>经度（度分秒）</translation>
        </message>
        <message>
            <source>Latitude (decimal °)</source>
            <translation>纬度（十进制度）</translation>
        </message>
        <message>
            <source>Longitude (decimal °)</source>
            <translation>经度（十进制度）</translation>
        </message>
        <message>
            <source>unreadable point: {raw}</source>
            <translation>无法读取的点：{raw}</translation>
        </message>
        <message>
            <source>Launch and impact areas, for orientation only; the coordinates above are authoritative.</source>
            <translation>发射区和落区，仅供参考；以上述坐标为准。</translation>
        </message>
        <message>
            <source>The map could not be drawn ({reason}). The coordinates above are complete.</source>
            <translation>无法绘制地图（{reason}）。上述坐标完整无缺。</translation>
        </message>
        <message>
            <source>Amends message</source>
            <translation>所修正的消息</translation>
        </message>
        <message>
            <source>Reason for amendment</source>
            <translation>修正理由</translation>
        </message>
        <message>
            <source>Cancels message</source>
            <translation>所取消的消息</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Reports on message</source>
            <translation>所报告的消息</translation>
        </message>
        <message>
            <source>Actual launch time</source>
            <translation>实际发射时间</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>正文</translation>
        </message>
        <message>
            <source>Acknowledges message</source>
            <translation>所确认收到的消息</translation>
        </message>
        <message>
            <source>SHA-256 of acknowledged file</source>
            <translation>所确认收到文件的 SHA-256</translation>
        </message>
        <message>
            <source>Received at</source>
            <translation>接收时间</translation>
        </message>
        <message>
            <source>Acknowledged at</source>
            <translation>确认收到时间</translation>
        </message>
        <message>
            <source>Acknowledged by</source>
            <translation>确认收到人</translation>
        </message>
        <message>
            <source>Refers to message</source>
            <translation>所涉消息</translation>
        </message>
        <message>
            <source>SHA-256 of referenced file</source>
            <translation>所涉文件的 SHA-256</translation>
        </message>
        <message>
            <source>FLASH</source>
            <translation>FLASH</translation>
        </message>
        <message>
            <source>IMMEDIATE</source>
            <translation>IMMEDIATE</translation>
        </message>
        <message>
            <source>PRIORITY</source>
            <translation>PRIORITY</translation>
        </message>
        <message>
            <source>ROUTINE</source>
            <translation>ROUTINE</translation>
        </message>
        <message>
            <source>ACTUAL</source>
            <translation>ACTUAL</translation>
        </message>
        <message>
            <source>EXERCISE</source>
            <translation>EXERCISE</translation>
        </message>
        <message>
            <source>TEST</source>
            <translation>TEST</translation>
        </message>
        <message>
            <source>ICBM</source>
            <translation>ICBM</translation>
        </message>
        <message>
            <source>SLBM</source>
            <translation>SLBM</translation>
        </message>
        <message>
            <source>SLV</source>
            <translation>SLV</translation>
        </message>
        <message>
            <source>OTHER</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Atlantic</source>
            <translation>大西洋</translation>
        </message>
        <message>
            <source>Pacific</source>
            <translation>太平洋</translation>
        </message>
        <message>
            <source>Indian</source>
            <translation>印度洋</translation>
        </message>
        <message>
            <source>Arctic</source>
            <translation>北冰洋</translation>
        </message>
        <message>
            <source>Southern</source>
            <translation>南大洋</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>俄文</translation>
        </message>
        <message>
            <source>Simplified Chinese</source>
            <translation>简体中文</translation>
        </message>
        <message>
            <source>Original ({language})</source>
            <translation>原文（{language}）</translation>
        </message>
        <message>
            <source>Original (language not stated)</source>
            <translation>原文（未注明语言）</translation>
        </message>
        <message>
            <source>Working translation into {language} by {officer}, {time} — not the original</source>
            <translation>{officer} 于 {time} 译为{language}的工作译文——非原文</translation>
        </message>
        <message>
            <source>Unknown (the file could not be opened)</source>
            <translation>未知（无法打开该文件）</translation>
        </message>
        <message>
            <source>SHA-256 of sealed file</source>
            <translation>密封文件的 SHA-256</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>批准人</translation>
        </message>
        <message>
            <source>Rule override</source>
            <translation>规则例外</translation>
        </message>
        <message>
            <source>None: the agreement's rules were met</source>
            <translation>无：符合协议规则</translation>
        </message>
        <message>
            <source>RULE OVERRIDE</source>
            <translation>规则例外</translation>
        </message>
        <message>
            <source>The officer released this message although a rule of the agreement was not met. Reason given:</source>
            <translation>尽管未满足协议的某项规则，值班员仍发出了此消息。所给理由：</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>签名</translation>
        </message>
        <message>
            <source>Sender's key fingerprint</source>
            <translation>发送方密钥指纹</translation>
        </message>
        <message>
            <source>Sender's key</source>
            <translation>发送方密钥</translation>
        </message>
        <message>
            <source>VALID</source>
            <translation>有效</translation>
        </message>
        <message>
            <source>INVALID — do not rely on this message</source>
            <translation>无效——请勿依赖此消息</translation>
        </message>
        <message>
            <source>Verified (safety number confirmed)</source>
            <translation>已核验（安全码已确认）</translation>
        </message>
        <message>
            <source>NOT VERIFIED — safety number not confirmed</source>
            <translation>未核验——安全码未确认</translation>
        </message>
        <message>
            <source>NOT YET SEALED</source>
            <translation>尚未密封</translation>
        </message>
        <message>
            <source>This is a draft or preview. It has not been signed, sealed or sent.</source>
            <translation>这是草稿或预览，尚未签名、密封或发送。</translation>
        </message>
        <message>
            <source>NOT ACKNOWLEDGED</source>
            <translation>未确认收到</translation>
        </message>
        <message>
            <source>No acknowledgement of this message had been recorded when this copy was printed.</source>
            <translation>打印此副本时，尚未记录对此消息的确认收到。</translation>
        </message>
        <message>
            <source>Not applicable: an acknowledgement is not itself acknowledged.</source>
            <translation>不适用：确认收到消息本身无需确认收到。</translation>
        </message>
        <message>
            <source>Acknowledgement due</source>
            <translation>确认收到时限</translation>
        </message>
        <message>
            <source>Due from the counterpart</source>
            <translation>对方确认收到时限</translation>
        </message>
        <message>
            <source>Deadline met</source>
            <translation>是否在时限内</translation>
        </message>
        <message>
            <source>No deadline: none is asked for this message</source>
            <translation>无时限：此消息未要求确认收到</translation>
        </message>
        <message>
            <source>Yes: acknowledged {margin} before the deadline</source>
            <translation>是：在时限前 {margin} 确认收到</translation>
        </message>
        <message>
            <source>NO: LATE, acknowledged {margin} after the deadline</source>
            <translation>否：逾期，在时限后 {margin} 确认收到</translation>
        </message>
        <message>
            <source>NO: LATE, not acknowledged and {margin} past the deadline when printed</source>
            <translation>否：逾期，打印时尚未确认收到，已超过时限 {margin}</translation>
        </message>
        <message>
            <source>Not yet acknowledged; {margin} left when printed</source>
            <translation>尚未确认收到；打印时剩余 {margin}</translation>
        </message>
        <message>
            <source>due {due}, met</source>
            <translation>时限 {due}，已按时</translation>
        </message>
        <message>
            <source>LATE: due {due}, {margin} after it</source>
            <translation>逾期：时限 {due}，超过 {margin}</translation>
        </message>
        <message>
            <source>LATE: due {due}, {margin} overdue</source>
            <translation>逾期：时限 {due}，已逾期 {margin}</translation>
        </message>
        <message>
            <source>due {due}</source>
            <translation>时限 {due}</translation>
        </message>
        <message>
            <source>Handled by</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>环节</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>值班员</translation>
        </message>
        <message>
            <source>Date-time (UTC)</source>
            <translation>日期时间（UTC）</translation>
        </message>
        <message>
            <source>Initials</source>
            <translation>签名缩写</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>已收到</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>已确认收到</translation>
        </message>
        <message>
            <source>Drafted</source>
            <translation>已起草</translation>
        </message>
        <message>
            <source>Released</source>
            <translation>已发出</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <source>Filed</source>
            <translation>已归档</translation>
        </message>
        <message>
            <source>Names and times as recorded by the console; a blank one is written in by hand.</source>
            <translation>姓名和时间按控制台记录填写；空白处请手工填写。</translation>
        </message>
        <message>
            <source>Received: the officer on watch when the message arrived.</source>
            <translation>接收：消息到达时的当班值班员。</translation>
        </message>
        <message>
            <source>PROBLEM — NOT A VALID ACKNOWLEDGEMENT</source>
            <translation>问题——不是有效的确认收到</translation>
        </message>
        <message>
            <source>This message {problem}.</source>
            <translation>此消息有误：{problem}。</translation>
        </message>
        <message>
            <source>It does not count as an acknowledgement of any message of ours. Raise it with the counterpart.</source>
            <translation>它不算作对本站任何消息的确认收到。请向对方提出。</translation>
        </message>
        <message>
            <source>PROBLEM: {problem}</source>
            <translation>问题：{problem}</translation>
        </message>
        <message>
            <source>Launch notification</source>
            <translation>发射通报</translation>
        </message>
        <message>
            <source>Watch log</source>
            <translation>值班日志</translation>
        </message>
        <message>
            <source>Watchdesk · {station} · Watch log {period}</source>
            <translation>Watchdesk · {station} · 值班日志 {period}</translation>
        </message>
        <message>
            <source>UTC day {day}</source>
            <translation>UTC 日期 {day}</translation>
        </message>
        <message>
            <source>Watch {start} – {end}</source>
            <translation>值班 {start} – {end}</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>站</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>Officers on watch</source>
            <translation>值班的值班员</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>消息</translation>
        </message>
        <message>
            <source>{total} in all: {incoming} received, {outgoing} sent; {unacknowledged} not acknowledged; {late} LATE (acknowledged after the deadline, or not yet and past it)</source>
            <translation>共 {total} 份：接收 {incoming} 份，发出 {outgoing} 份；{unacknowledged} 份未确认收到；{late} 份逾期（在时限后确认收到，或尚未确认收到且已过时限）</translation>
        </message>
        <message>
            <source>Watch</source>
            <translation>值班</translation>
        </message>
        <message>
            <source>Watch taken by {officer}</source>
            <translation>{officer} 接班</translation>
        </message>
        <message>
            <source>Watch handed over: {outgoing} to {incoming}</source>
            <translation>交接班：{outgoing} 交予 {incoming}</translation>
        </message>
        <message>
            <source>No change of watch recorded in this period</source>
            <translation>此期间无交接班记录</translation>
        </message>
        <message>
            <source>Change of watch</source>
            <translation>交接班</translation>
        </message>
        <message>
            <source>Watch taken</source>
            <translation>接班</translation>
        </message>
        <message>
            <source>{outgoing} to {incoming}</source>
            <translation>{outgoing} 交予 {incoming}</translation>
        </message>
        <message>
            <source>Ack due</source>
            <translation>确认收到时限</translation>
        </message>
        <message>
            <source>LATE</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>This log lists {count} message(s). Closed and signed:</source>
            <translation>本日志列出 {count} 份消息。已结束并签名：</translation>
        </message>
        <message>
            <source>Sequence gaps</source>
            <translation>序号缺号</translation>
        </message>
        <message>
            <source>Quarantined files</source>
            <translation>已隔离文件</translation>
        </message>
        <message>
            <source>For the officer's attention</source>
            <translation>提请值班员注意</translation>
        </message>
        <message>
            <source>Nothing: no acknowledgement of an unknown message, no message re-sent under another sequence number.</source>
            <translation>无：没有对未知消息的确认收到，也没有以另一序号重新发送的消息。</translation>
        </message>
        <message>
            <source>When (UTC)</source>
            <translation>时间（UTC）</translation>
        </message>
        <message>
            <source>What</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>PROBLEM</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>No messages in this period.</source>
            <translation>此期间无消息。</translation>
        </message>
        <message>
            <source>No gaps in the counterparts' sequence numbers.</source>
            <translation>对方序号无缺号。</translation>
        </message>
        <message>
            <source>No files were quarantined.</source>
            <translation>没有文件被隔离。</translation>
        </message>
        <message>
            <source>{utc}
Local {local}</source>
            <translation>{utc}
当地时间 {local}</translation>
        </message>
        <message>
            <source>Dir</source>
            <translation>方向</translation>
        </message>
        <message>
            <source>Prec.</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>Seq</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>IN</source>
            <translation>收</translation>
        </message>
        <message>
            <source>OUT</source>
            <translation>发</translation>
        </message>
        <message>
            <source>NOT ACK</source>
            <translation>未确认</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>不适用</translation>
        </message>
        <message>
            <source>Missing sequence numbers</source>
            <translation>缺失的序号</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Signature of the officer closing the watch</source>
            <translation>结束值班的值班员签名</translation>
        </message>
        <message>
            <source>End of watch log</source>
            <translation>值班日志结束</translation>
        </message>
        <message>
            <source>SECRET — STORE RECOVERY KEY — KEEP IN THE SAFE</source>
            <translation>机密——数据存储恢复密钥——存放于保险柜中</translation>
        </message>
        <message>
            <source>Watchdesk · {station} · Store recovery sheet</source>
            <translation>Watchdesk · {station} · 数据存储恢复单</translation>
        </message>
        <message>
            <source>Store recovery sheet</source>
            <translation>数据存储恢复单</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>数据文件夹</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>生成时间</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>恢复码</translation>
        </message>
        <message>
            <source>13 groups. The character after each dash checks its group, so a typo is caught in the group where it was made.</source>
            <translation>共 13 组。每个短横线后的字符用于校验该组，因此输入错误会在出错的组中被发现。</translation>
        </message>
        <message>
            <source>Group {number}</source>
            <translation>第 {number} 组</translation>
        </message>
        <message>
            <source>When to use it</source>
            <translation>何时使用</translation>
        </message>
        <message>
            <source>Only when the station's key in the operating system keyring has been lost (new workstation, reinstalled system, damaged keyring). At the station's workstation run:</source>
            <translation>仅在操作系统密钥环中的本站密钥丢失时使用（新工作站、重装系统、密钥环损坏）。在本站工作站上运行：</translation>
        </message>
        <message>
            <source>and type the code when asked, group by group.</source>
            <translation>并在提示时逐组输入恢复码。</translation>
        </message>
        <message>
            <source>How to keep it</source>
            <translation>如何保管</translation>
        </message>
        <message>
            <source>Keep this sheet in the safe. Anyone holding it together with the station's data can read every record of the station. Do not photograph, scan or copy it. Delete the recovery file from disk once this sheet has been printed and checked.</source>
            <translation>请将本单存放于保险柜中。任何人持有本单及本站数据，即可读取本站的全部记录。请勿拍照、扫描或复制。本单打印并核对无误后，请从磁盘上删除恢复文件。</translation>
        </message>
        <message>
            <source>Created {when} · Page {page} of {pages}</source>
            <translation>创建于 {when} · 第 {page} 页，共 {pages} 页</translation>
        </message>
        <message>
            <source>Checked against the screen by: ______________________   Date: ____________</source>
            <translation>与屏幕核对人：______________________   日期：____________</translation>
        </message>
    </context>
    <context>
        <name>QuarantineDetail</name>
        <message>
            <source>The quarantined file, inspected</source>
            <translation>被隔离文件的检查结果</translation>
        </message>
        <message>
            <source>Select a quarantined file to inspect it.</source>
            <translation>选择一个已隔离文件，即可在此检查。</translation>
        </message>
        <message>
            <source>(being moved)</source>
            <translation>（正在移动）</translation>
        </message>
        <message>
            <source>Counterpart</source>
            <translation>对方</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Quarantined</source>
            <translation>隔离时间</translation>
        </message>
        <message>
            <source>Kept at</source>
            <translation>存放位置</translation>
        </message>
        <message>
            <source>SHA-256 when refused</source>
            <translation>拒收时的 SHA-256</translation>
        </message>
        <message>
            <source>Quarantined file</source>
            <translation>已隔离文件</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>现值</translation>
        </message>
        <message>
            <source>a %1, not a file: not opened</source>
            <translation>这是 %1，不是文件：未打开</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 字节</translation>
        </message>
        <message>
            <source>unchanged since it was refused</source>
            <translation>拒收后未发生变化</translation>
        </message>
        <message>
            <source>now %1</source>
            <translation>现为 %1</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Digest</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Header claims</source>
            <translation>头部声明</translation>
        </message>
        <message>
            <source>unauthenticated: for reference only</source>
            <translation>未经认证：仅供参考</translation>
        </message>
        <message>
            <source>First %1 bytes</source>
            <translation>前 %1 字节</translation>
        </message>
    </context>
    <context>
        <name>QuarantineView</name>
        <message>
            <source>Quarantined files</source>
            <translation>已隔离文件</translation>
        </message>
        <message>
            <source>Files from counterparts that failed a check. They are kept, never deleted: open one to see why.</source>
            <translation>未通过检查的对方文件。这些文件予以保留，绝不删除：打开其中一个即可查看原因。</translation>
        </message>
        <message>
            <source>Nothing in quarantine.</source>
            <translation>隔离区为空。</translation>
        </message>
    </context>
    <context>
        <name>ReadingPane</name>
        <message>
            <source>The selected notice</source>
            <translation>所选通报</translation>
        </message>
        <message>
            <source>Acknowledge this notice</source>
            <translation>对此通报确认收到</translation>
        </message>
        <message>
            <source>Report a &amp;problem…</source>
            <translation>报告问题(&amp;P)…</translation>
        </message>
        <message>
            <source>Send an error report instead of an acknowledgement (%1)</source>
            <translation>发送错误报告而非确认收到（%1）</translation>
        </message>
        <message>
            <source>What this amendment changes</source>
            <translation>本修正通报的变更内容</translation>
        </message>
        <message>
            <source>The chain on record</source>
            <translation>在册的通报链</translation>
        </message>
        <message>
            <source>Chain of references</source>
            <translation>引用链</translation>
        </message>
        <message>
            <source>Launch window (UTC)</source>
            <translation>发射窗口（UTC）</translation>
        </message>
        <message>
            <source>What it says</source>
            <translation>通报内容</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Print preview of the record…</source>
            <translation>记录的打印预览…</translation>
        </message>
        <message>
            <source>The record as it prints (File → Print preview)</source>
            <translation>记录的打印效果（文件 → 打印预览）</translation>
        </message>
        <message>
            <source>From %1 — %2</source>
            <translation>来自 %1 — %2</translation>
        </message>
        <message>
            <source>To %1 — %2</source>
            <translation>发往 %1 — %2</translation>
        </message>
        <message>
            <source>no. %1</source>
            <translation>第 %1 号</translation>
        </message>
        <message>
            <source>DTG %1</source>
            <translation>DTG %1</translation>
        </message>
        <message>
            <source>read the latest amendment</source>
            <translation>阅读最新修正通报</translation>
        </message>
        <message>
            <source>Acknowledge within %1 (due %2).</source>
            <translation>须在 %1 内确认收到（时限 %2）。</translation>
        </message>
        <message>
            <source>Awaiting their acknowledgement: %1 left (due %2).</source>
            <translation>等待对方确认收到：剩余 %1（时限 %2）。</translation>
        </message>
        <message>
            <source>Acknowledgement OVERDUE %1 (was due %2). Acknowledge now or report a problem.</source>
            <translation>确认收到已逾期 %1（时限为 %2）。请立即确认收到或报告问题。</translation>
        </message>
        <message>
            <source>Their acknowledgement is OVERDUE %1 (was due %2): follow it up with %3.</source>
            <translation>对方确认收到已逾期 %1（时限为 %2）：请与 %3 跟进。</translation>
        </message>
        <message>
            <source>%1 acknowledged it: %2</source>
            <translation>%1 已确认收到：%2</translation>
        </message>
        <message>
            <source>A problem report was sent instead of an acknowledgement.</source>
            <translation>已发送问题报告，而非确认收到。</translation>
        </message>
        <message>
            <source>%1 reported a problem with this notice: see the inbox.</source>
            <translation>%1 报告了此通报存在问题：请查看收件箱。</translation>
        </message>
        <message>
            <source>No acknowledgement is asked for this notice.</source>
            <translation>此通报无须确认收到。</translation>
        </message>
        <message>
            <source>⚠ PROBLEM: this message %1. It does not count as an acknowledgement; raise it with %2.</source>
            <translation>⚠ 问题：%1。此消息不视为确认收到；请向 %2 提出。</translation>
        </message>
        <message>
            <source>%1: this notice no longer stands.</source>
            <translation>%1：此通报已失效。</translation>
        </message>
        <message>
            <source>%1 reported a problem with it.</source>
            <translation>%1 报告了该通报存在问题。</translation>
        </message>
        <message>
            <source>Its receipt is still to be acknowledged (due %1).</source>
            <translation>仍须对其确认收到（时限 %1）。</translation>
        </message>
        <message>
            <source>%2 has not acknowledged it (due %1).</source>
            <translation>%2 尚未确认收到（时限 %1）。</translation>
        </message>
        <message>
            <source>Released; the file is not written yet (File → Export pending notices).</source>
            <translation>已发出；文件尚未写入（文件 → 导出待写入的通报）。</translation>
        </message>
        <message>
            <source>File written to the outbox.</source>
            <translation>文件已写入发件箱。</translation>
        </message>
        <message>
            <source>Acknowledged by %1 at %2</source>
            <translation>%1 于 %2 确认收到</translation>
        </message>
        <message>
            <source>Acknowledging…</source>
            <translation>正在确认收到…</translation>
        </message>
        <message>
            <source>Sending the problem report…</source>
            <translation>正在发送问题报告…</translation>
        </message>
        <message>
            <source>&amp;Acknowledge (%1)</source>
            <translation>确认收到(&amp;A)（%1）</translation>
        </message>
        <message>
            <source>Sealing the acknowledgement…</source>
            <translation>正在密封确认收到消息…</translation>
        </message>
        <message>
            <source>Sealing the problem report…</source>
            <translation>正在密封问题报告…</translation>
        </message>
        <message>
            <source>Sent, but the file could not be written: %1. File → Export pending notices tries again.</source>
            <translation>已发送，但文件无法写入：%1。可通过“文件 → 导出待写入的通报”重试。</translation>
        </message>
        <message>
            <source>Acknowledgement sealed and written to %1's outbox.</source>
            <translation>确认收到消息已密封并写入 %1 的发件箱。</translation>
        </message>
        <message>
            <source>Problem report sealed and written to %1's outbox.</source>
            <translation>问题报告已密封并写入 %1 的发件箱。</translation>
        </message>
        <message>
            <source>Not on record here (message %1…)</source>
            <translation>本站无此记录（消息 %1…）</translation>
        </message>
        <message>
            <source>us</source>
            <translation>我方</translation>
        </message>
        <message>
            <source>them</source>
            <translation>对方</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>From</source>
            <translation>发送方</translation>
        </message>
        <message>
            <source>DTG</source>
            <translation>DTG</translation>
        </message>
        <message>
            <source>(this notice)</source>
            <translation>（本通报）</translation>
        </message>
        <message>
            <source>The chain on record: %1</source>
            <translation>在册的通报链：%1</translation>
        </message>
        <message>
            <source>Against %1 no. %2 (%3, %4):</source>
            <translation>相对于第 %2 号%1（%3，%4）：</translation>
        </message>
        <message>
            <source>The version it replaces (message %1…) is not on record here: compare the replacement details below by hand.</source>
            <translation>被其替换的版本（消息 %1…）在本站无记录：请人工核对以下替换后的详情。</translation>
        </message>
        <message>
            <source>No launch detail differs from the version it replaces.</source>
            <translation>与被替换的版本相比，发射详情无任何变化。</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>（未提供）</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Was</source>
            <translation>原值</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>现值</translation>
        </message>
        <message>
            <source>Replacement launch window (UTC)</source>
            <translation>替换后的发射窗口（UTC）</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>无。</translation>
        </message>
        <message>
            <source>Opens</source>
            <translation>开启</translation>
        </message>
        <message>
            <source>Closes</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>时长</translation>
        </message>
        <message>
            <source>, group launch</source>
            <translation>，成组发射</translation>
        </message>
        <message>
            <source>Vehicles</source>
            <translation>运载器</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>方向</translation>
        </message>
        <message>
            <source>message %1… (not held here)</source>
            <translation>消息 %1…（本站未存）</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>来自 %1</translation>
        </message>
        <message>
            <source>ours</source>
            <translation>我方</translation>
        </message>
        <message>
            <source>%1 no. %2 (%3, %4)</source>
            <translation>第 %2 号%1（%3，%4）</translation>
        </message>
        <message>
            <source>The areas of the notice this one refers to (no. %1).</source>
            <translation>本通报所涉通报（第 %1 号）的区域。</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>签名</translation>
        </message>
        <message>
            <source>valid: checked when the file was imported at %1</source>
            <translation>有效：已于 %1 导入文件时核查</translation>
        </message>
        <message>
            <source>Sender key</source>
            <translation>发送方密钥</translation>
        </message>
        <message>
            <source>(verified)</source>
            <translation>（已核验）</translation>
        </message>
        <message>
            <source>(NOT verified)</source>
            <translation>（未核验）</translation>
        </message>
        <message>
            <source>sealed and signed by this station at %1</source>
            <translation>由本站于 %1 密封并签名</translation>
        </message>
        <message>
            <source>Our key</source>
            <translation>本站密钥</translation>
        </message>
        <message>
            <source>Sequence</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Message id</source>
            <translation>消息标识</translation>
        </message>
        <message>
            <source>SHA-256 of the sealed file</source>
            <translation>密封文件的 SHA-256</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>协议</translation>
        </message>
        <message>
            <source>Drafted by</source>
            <translation>起草人</translation>
        </message>
        <message>
            <source>Released by</source>
            <translation>发出人</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
    </context>
    <context>
        <name>RejectedFile</name>
        <message>
            <source>the file is encrypted to key {key}, which is none of this station's encryption keys (current or previous); it is meant for another station, or for a key generation this station no longer holds</source>
            <translation>该文件以密钥 {key} 加密，而该密钥不是本站的任何加密密钥（当前或以前的）；该文件是发给另一个站的，或是发给本站已不再持有的某一密钥代的</translation>
        </message>
        <message>
            <source>the file says it comes from {sender}, a station with no key card on record</source>
            <translation>该文件声称来自 {sender}，但该站没有已记录的密钥卡</translation>
        </message>
        <message>
            <source>the file is {size} bytes; the limit is {limit} bytes (1 MiB)</source>
            <translation>该文件为 {size} 字节；上限为 {limit} 字节（1 MiB）</translation>
        </message>
        <message>
            <source>the file contains a non-ASCII byte ({byte} at offset {offset})</source>
            <translation>该文件含有非 ASCII 字节（{byte}，偏移量 {offset}）</translation>
        </message>
        <message>
            <source>the file has data after the sealed notice (at offset {offset}); only a single line feed may follow it</source>
            <translation>该文件在密封通报之后还有数据（偏移量 {offset}）；其后只允许一个换行符</translation>
        </message>
        <message>
            <source>the file is not a sealed notice: unexpected character at offset {offset}</source>
            <translation>该文件不是密封通报：偏移量 {offset} 处有意外字符</translation>
        </message>
        <message>
            <source>the file is not a sealed notice: a JWE compact serialization has 5 parts, this has {count}</source>
            <translation>该文件不是密封通报：JWE 紧凑序列化应有 5 个部分，此文件有 {count} 个</translation>
        </message>
        <message>
            <source>the JWE {part} is not valid base64url</source>
            <translation>JWE {part} 不是有效的 base64url</translation>
        </message>
        <message>
            <source>the JWE {part} is empty</source>
            <translation>JWE {part} 为空</translation>
        </message>
        <message>
            <source>the {layer} protected header is not valid JSON: {error}</source>
            <translation>{layer} 受保护头部不是有效的 JSON：{error}</translation>
        </message>
        <message>
            <source>the {layer} protected header is not a JSON object</source>
            <translation>{layer} 受保护头部不是 JSON 对象</translation>
        </message>
        <message>
            <source>key management algorithm {found} is not allowed; only {allowed}</source>
            <translation>不允许使用密钥管理算法 {found}；仅允许 {allowed}</translation>
        </message>
        <message>
            <source>content encryption {found} is not allowed; only {allowed}</source>
            <translation>不允许使用内容加密 {found}；仅允许 {allowed}</translation>
        </message>
        <message>
            <source>compressed content ('zip' header) is not allowed</source>
            <translation>不允许压缩内容（'zip' 头部）</translation>
        </message>
        <message>
            <source>the JWE header marks {names} as critical extensions, which this version does not know</source>
            <translation>JWE 头部将 {names} 标记为关键扩展，而本版本不认识这些扩展</translation>
        </message>
        <message>
            <source>the JWE header has no key id ('kid') naming the recipient's key</source>
            <translation>JWE 头部没有指明收件方密钥的密钥标识（'kid'）</translation>
        </message>
        <message>
            <source>the JWE content type ('cty') is {found}, not {expected}</source>
            <translation>JWE 内容类型（'cty'）为 {found}，而非 {expected}</translation>
        </message>
        <message>
            <source>the JWE header '{header}' is missing or not a station id</source>
            <translation>JWE 头部“{header}”缺失或不是站标识</translation>
        </message>
        <message>
            <source>the JWE header '{header}' is missing or not a message id</source>
            <translation>JWE 头部“{header}”缺失或不是消息标识</translation>
        </message>
        <message>
            <source>the JWE ephemeral key ('epk') is missing or not an {curve} key</source>
            <translation>JWE 临时密钥（'epk'）缺失或不是 {curve} 密钥</translation>
        </message>
        <message>
            <source>the JWE ephemeral key's 'x' is not 32 bytes in unpadded canonical base64url</source>
            <translation>JWE 临时密钥的 'x' 不是无填充规范 base64url 编码的 32 字节</translation>
        </message>
        <message>
            <source>the file could not be decrypted with this station's key: it was damaged or altered in transfer, or not made for this key ({error})</source>
            <translation>无法用本站密钥解密该文件：该文件在传送中已损坏或被篡改，或并非为此密钥制作（{error}）</translation>
        </message>
        <message>
            <source>decryption produced no content</source>
            <translation>解密未产生任何内容</translation>
        </message>
        <message>
            <source>the decrypted content is not a signed notice (non-ASCII)</source>
            <translation>解密后的内容不是已签名的通报（含非 ASCII 字符）</translation>
        </message>
        <message>
            <source>the decrypted content is not a JWS compact serialization (3 base64url parts joined by dots)</source>
            <translation>解密后的内容不是 JWS 紧凑序列化（由点连接的 3 个 base64url 部分）</translation>
        </message>
        <message>
            <source>the JWS {part} is not valid base64url</source>
            <translation>JWS {part} 不是有效的 base64url</translation>
        </message>
        <message>
            <source>the JWS {part} is empty</source>
            <translation>JWS {part} 为空</translation>
        </message>
        <message>
            <source>signature algorithm {found} is not allowed; only {allowed} (Ed25519)</source>
            <translation>不允许使用签名算法 {found}；仅允许 {allowed}（Ed25519）</translation>
        </message>
        <message>
            <source>the JWS header marks {names} as critical extensions, which this version does not know</source>
            <translation>JWS 头部将 {names} 标记为关键扩展，而本版本不认识这些扩展</translation>
        </message>
        <message>
            <source>the JWS header carries 'b64'; unencoded payloads are not allowed</source>
            <translation>JWS 头部带有 'b64'；不允许未编码的载荷</translation>
        </message>
        <message>
            <source>the JWS type ('typ') is {found}, not {expected}</source>
            <translation>JWS 类型（'typ'）为 {found}，而非 {expected}</translation>
        </message>
        <message>
            <source>the JWS header has no key id ('kid') naming the signing key</source>
            <translation>JWS 头部没有指明签名密钥的密钥标识（'kid'）</translation>
        </message>
        <message>
            <source>the notice is signed with key {key}, which is not a signing key on record for {sender}</source>
            <translation>该通报以密钥 {key} 签名，而该密钥不是 {sender} 已记录的签名密钥</translation>
        </message>
        <message>
            <source>the signature does not verify with {sender}'s signing key {key}; the notice was altered or forged</source>
            <translation>用 {sender} 的签名密钥 {key} 无法验证该签名；该通报已被篡改或伪造</translation>
        </message>
        <message>
            <source>the signed content is not valid JSON: {error}</source>
            <translation>已签名的内容不是有效的 JSON：{error}</translation>
        </message>
        <message>
            <source>the signed content is not a JSON object</source>
            <translation>已签名的内容不是 JSON 对象</translation>
        </message>
        <message>
            <source>the signed content has no format version ('wdv')</source>
            <translation>已签名的内容没有格式版本（'wdv'）</translation>
        </message>
        <message>
            <source>format version {found} is not supported; this console reads version {version}</source>
            <translation>不支持格式版本 {found}；本控制台读取版本 {version}</translation>
        </message>
        <message>
            <source>the signed content has no {claim} claim</source>
            <translation>已签名的内容没有 {claim} 声明</translation>
        </message>
        <message>
            <source>the 'iss' claim is not a station id</source>
            <translation>'iss' 声明不是站标识</translation>
        </message>
        <message>
            <source>the 'aud' claim is not a single station id</source>
            <translation>'aud' 声明不是单个站标识</translation>
        </message>
        <message>
            <source>the 'jti' claim is not a lower-case canonical UUID</source>
            <translation>'jti' 声明不是小写的规范 UUID</translation>
        </message>
        <message>
            <source>the 'seq' claim is not a whole number from 1 to {largest}</source>
            <translation>'seq' 声明不是 1 至 {largest} 之间的整数</translation>
        </message>
        <message>
            <source>the 'iat' claim is not a whole number of seconds since 1970 UTC</source>
            <translation>'iat' 声明不是自 1970 年（UTC）起的整秒数</translation>
        </message>
        <message>
            <source>the 'notice' claim is not a JSON object</source>
            <translation>'notice' 声明不是 JSON 对象</translation>
        </message>
        <message>
            <source>the signed sender {signed} differs from the sender {outside} on the outside of the file</source>
            <translation>已签名的发送方 {signed} 与文件外部的发送方 {outside} 不同</translation>
        </message>
        <message>
            <source>the notice was addressed to {addressee}, not to this station {station}; it was passed on by another party</source>
            <translation>该通报的收件方是 {addressee}，而非本站 {station}；它由第三方转交</translation>
        </message>
        <message>
            <source>the signed message id {signed} differs from {outside} on the outside of the file</source>
            <translation>已签名的消息标识 {signed} 与文件外部的 {outside} 不同</translation>
        </message>
        <message>
            <source>the notice has no {field} field</source>
            <translation>该通报没有 {field} 字段</translation>
        </message>
        <message>
            <source>the notice's {field} {value} differs from the signed {claim} {claim_value}</source>
            <translation>该通报的 {field} {value} 与已签名的 {claim} {claim_value} 不同</translation>
        </message>
    </context>
    <context>
        <name>ReleaseDialog</name>
        <message>
            <source>Choose an officer</source>
            <translation>选择值班员</translation>
        </message>
        <message>
            <source>Release of %1 to %2: %3</source>
            <translation>向 %2 发出%1：%3</translation>
        </message>
    </context>
    <context>
        <name>RetireKeyDialog</name>
        <message>
            <source>Retire a signing key of %1</source>
            <translation>停用 %1 的签名密钥</translation>
        </message>
        <message>
            <source>Retire a key when %1 tells you it no longer uses it, or when it may have fallen into other hands. Files signed with a retired key are refused.</source>
            <translation>当 %1 告知您其已不再使用某一密钥，或该密钥可能已落入他人之手时，请停用该密钥。以已停用密钥签名的文件将被拒收。</translation>
        </message>
        <message>
            <source>Signing key to retire</source>
            <translation>要停用的签名密钥</translation>
        </message>
        <message>
            <source>current key</source>
            <translation>当前密钥</translation>
        </message>
        <message>
            <source>earlier key</source>
            <translation>旧密钥</translation>
        </message>
        <message>
            <source>The key is &amp;compromised: refuse every file it signs, whatever its date</source>
            <translation>该密钥已泄露：拒收其签名的所有文件，无论日期(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Retire this key</source>
            <translation>停用此密钥(&amp;R)</translation>
        </message>
        <message>
            <source>Every signing key of %1 is already retired as compromised.</source>
            <translation>%1 的所有签名密钥均已作为泄露密钥停用。</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>officer</source>
            <translation>值班员</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>主管</translation>
        </message>
    </context>
    <context>
        <name>Rules</name>
        <message>
            <source>message kind</source>
            <translation>消息类型</translation>
        </message>
        <message>
            <source>recipient station</source>
            <translation>收件站</translation>
        </message>
        <message>
            <source>precedence</source>
            <translation>优先等级</translation>
        </message>
        <message>
            <source>status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>agreement</source>
            <translation>协议</translation>
        </message>
        <message>
            <source>drafting officer</source>
            <translation>起草值班员</translation>
        </message>
        <message>
            <source>message content</source>
            <translation>消息内容</translation>
        </message>
        <message>
            <source>vehicle category</source>
            <translation>运载器类别</translation>
        </message>
        <message>
            <source>number of vehicles</source>
            <translation>运载器数量</translation>
        </message>
        <message>
            <source>group launch flag</source>
            <translation>成组发射标志</translation>
        </message>
        <message>
            <source>launch area</source>
            <translation>发射区</translation>
        </message>
        <message>
            <source>window opening time</source>
            <translation>窗口开启时间</translation>
        </message>
        <message>
            <source>window closing time</source>
            <translation>窗口关闭时间</translation>
        </message>
        <message>
            <source>planned direction</source>
            <translation>计划方向</translation>
        </message>
        <message>
            <source>impact areas</source>
            <translation>落区</translation>
        </message>
        <message>
            <source>remarks</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>message being amended</source>
            <translation>所修正的消息</translation>
        </message>
        <message>
            <source>amended launch details</source>
            <translation>修正后的发射细节</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>message being cancelled</source>
            <translation>所取消的消息</translation>
        </message>
        <message>
            <source>message being reported on</source>
            <translation>所报告的消息</translation>
        </message>
        <message>
            <source>actual launch time</source>
            <translation>实际发射时间</translation>
        </message>
        <message>
            <source>subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>text</source>
            <translation>正文</translation>
        </message>
        <message>
            <source>message being acknowledged</source>
            <translation>所确认收到的消息</translation>
        </message>
        <message>
            <source>digest of the acknowledged message</source>
            <translation>所确认收到消息的摘要</translation>
        </message>
        <message>
            <source>time received</source>
            <translation>接收时间</translation>
        </message>
        <message>
            <source>time acknowledged</source>
            <translation>确认收到时间</translation>
        </message>
        <message>
            <source>acknowledging officer</source>
            <translation>确认收到的值班员</translation>
        </message>
        <message>
            <source>message being reported</source>
            <translation>所报告的消息</translation>
        </message>
        <message>
            <source>area type</source>
            <translation>区域类型</translation>
        </message>
        <message>
            <source>boundary points</source>
            <translation>边界点</translation>
        </message>
        <message>
            <source>circle centre</source>
            <translation>圆心</translation>
        </message>
        <message>
            <source>circle radius</source>
            <translation>圆半径</translation>
        </message>
        <message>
            <source>radius unit</source>
            <translation>半径单位</translation>
        </message>
        <message>
            <source>ocean</source>
            <translation>大洋</translation>
        </message>
        <message>
            <source>quadrant</source>
            <translation>象限</translation>
        </message>
        <message>
            <source>name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>latitude</source>
            <translation>纬度</translation>
        </message>
        <message>
            <source>longitude</source>
            <translation>经度</translation>
        </message>
        <message>
            <source>a polygon</source>
            <translation>多边形</translation>
        </message>
        <message>
            <source>a circle</source>
            <translation>圆</translation>
        </message>
        <message>
            <source>an ocean quadrant</source>
            <translation>大洋象限</translation>
        </message>
        <message>
            <source>a body of water</source>
            <translation>水域</translation>
        </message>
        <message>
            <source>The agreement profile '{profile}' does not provide for launch notifications.</source>
            <translation>协议配置“{profile}”未规定发射通报。</translation>
        </message>
        <message>
            <source>The agreement profile '{profile}' does not provide for amendments.</source>
            <translation>协议配置“{profile}”未规定修正通报。</translation>
        </message>
        <message>
            <source>The agreement profile '{profile}' does not provide for cancellations.</source>
            <translation>协议配置“{profile}”未规定取消通报。</translation>
        </message>
        <message>
            <source>The agreement profile '{profile}' does not provide for post-launch reports.</source>
            <translation>协议配置“{profile}”未规定发射后报告。</translation>
        </message>
        <message>
            <source>The agreement profile '{profile}' does not provide for general communications.</source>
            <translation>协议配置“{profile}”未规定一般通信。</translation>
        </message>
        <message>
            <source>The agreement profile '{profile}' does not provide for acknowledgements.</source>
            <translation>协议配置“{profile}”未规定确认收到消息。</translation>
        </message>
        <message>
            <source>The agreement profile '{profile}' does not provide for error reports.</source>
            <translation>协议配置“{profile}”未规定错误报告。</translation>
        </message>
    </context>
    <context>
        <name>Schema</name>
        <message>
            <source>text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>整数</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>数字</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>列表</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true 或 false</translation>
        </message>
        <message>
            <source>null</source>
            <translation>null</translation>
        </message>
    </context>
    <context>
        <name>SendCommand</name>
        <message>
            <source>{path} is an acknowledgement: an acknowledgement is sent with `watchdesk ack ID`, which names the notice it acknowledges.</source>
            <translation>{path} 是确认收到消息：确认收到消息应使用 `watchdesk ack ID` 发送，该命令会指明所确认收到的通报。</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings of %1</source>
            <translation>%1 的设置</translation>
        </message>
        <message>
            <source>Exchange folders (empty: the station's own folder)</source>
            <translation>交换文件夹（留空：使用本站自身的文件夹）</translation>
        </message>
        <message>
            <source>No counterparts yet.</source>
            <translation>尚无对方站。</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>纸张尺寸</translation>
        </message>
        <message>
            <source>Two-person release: a second officer approves every notice</source>
            <translation>双人发出：每份通报须由第二名值班员批准</translation>
        </message>
        <message>
            <source>Who may form the pair</source>
            <translation>可组成双人的人员</translation>
        </message>
        <message>
            <source>Sound IMMEDIATE traffic and overdue notices (FLASH always sounds)</source>
            <translation>为 IMMEDIATE 通信和逾期通报发出声音提醒（FLASH 始终发出声音）</translation>
        </message>
        <message>
            <source>FLASH alarm repeats every</source>
            <translation>FLASH 警报重复间隔</translation>
        </message>
        <message>
            <source>IMMEDIATE alarm repeats every</source>
            <translation>IMMEDIATE 警报重复间隔</translation>
        </message>
        <message>
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <source>%1 (seconds) until acknowledged</source>
            <translation>%1（秒），直至确认收到</translation>
        </message>
        <message>
            <source>Handling banner</source>
            <translation>处理标识</translation>
        </message>
        <message>
            <source>Language of the console</source>
            <translation>控制台语言</translation>
        </message>
        <message>
            <source>Night palette: dark and low-glare (View menu, %1)</source>
            <translation>夜间配色：深色、低眩光（“视图”菜单，%1）</translation>
        </message>
        <message>
            <source>&amp;Paper size:</source>
            <translation>纸张尺寸(&amp;P)：</translation>
        </message>
        <message>
            <source>Pair &amp;made of:</source>
            <translation>双人组成(&amp;M)：</translation>
        </message>
        <message>
            <source>&amp;FLASH alarm every:</source>
            <translation>FLASH 警报间隔(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;IMMEDIATE alarm every:</source>
            <translation>IMMEDIATE 警报间隔(&amp;I)：</translation>
        </message>
        <message>
            <source>Handling &amp;banner:</source>
            <translation>处理标识(&amp;B)：</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
    </context>
    <context>
        <name>StatusBanner</name>
        <message>
            <source>EXERCISE — not a real launch</source>
            <translation>EXERCISE——非真实发射</translation>
        </message>
        <message>
            <source>TEST — a test of the channel, not a real launch</source>
            <translation>TEST——信道测试，非真实发射</translation>
        </message>
        <message>
            <source>ACTUAL — this notifies a real event</source>
            <translation>ACTUAL——此为真实事件通报</translation>
        </message>
        <message>
            <source>No status chosen yet: EXERCISE, TEST or ACTUAL</source>
            <translation>尚未选择状态：EXERCISE、TEST 或 ACTUAL</translation>
        </message>
        <message>
            <source>Message status: %1</source>
            <translation>消息状态：%1</translation>
        </message>
    </context>
    <context>
        <name>VerifyKeyDialog</name>
        <message>
            <source>Verify the key of %1</source>
            <translation>核验 %1 的密钥</translation>
        </message>
        <message>
            <source>%1's KEY HAS CHANGED since it was last verified (new card imported %2). Its traffic is held unopened until you compare the new safety number with %1.</source>
            <translation>%1 的密钥自上次核验以来已变更（新密钥卡导入于 %2）。在您与 %1 核对新的安全码之前，来自该方的通信一律暂存、不予打开。</translation>
        </message>
        <message>
            <source>Verified by %1 at %2. Compare again whenever in doubt; a mismatch changes nothing.</source>
            <translation>已由 %1 于 %2 核验。如有疑问，可随时再次核对；核对不一致不会改变任何状态。</translation>
        </message>
        <message>
            <source>%1's key is NOT VERIFIED yet: nothing is sent to %1 and nothing from it is opened until this number is confirmed.</source>
            <translation>%1 的密钥尚未核验：在此安全码得到确认之前，不向 %1 发送任何内容，也不打开来自该方的任何内容。</translation>
        </message>
        <message>
            <source>&lt;b&gt;Safety number of %1 (%2) and %3 (%4)&lt;/b&gt;</source>
            <translation>&lt;b&gt;%1（%2）与 %3（%4）的安全码&lt;/b&gt;</translation>
        </message>
        <message>
            <source>1. Call the duty officer of %1 on the agreed line, or meet in person. Do not use the channel the key card came through.
2. Both consoles show this same number. Ask the other officer to read theirs aloud, group by group, and type what you hear below. Do not read yours out first.
3. Or compare the QR codes: scan both screens with a phone.</source>
            <translation>1. 通过约定的线路致电 %1 的值班员，或当面会晤。不要使用传递密钥卡的渠道。
2. 双方控制台显示同一号码。请对方值班员逐组朗读其显示的号码，并在下方输入您听到的内容。不要先读出您的号码。
3. 或者比对 QR 码：用手机扫描双方屏幕。</translation>
        </message>
        <message>
            <source>Safety number</source>
            <translation>安全码</translation>
        </message>
        <message>
            <source>Safety number as a QR code</source>
            <translation>以 QR 码显示的安全码</translation>
        </message>
        <message>
            <source>The same number as a QR code</source>
            <translation>同一安全码的 QR 码</translation>
        </message>
        <message>
            <source>%1's card fingerprint:</source>
            <translation>%1 的密钥卡指纹：</translation>
        </message>
        <message>
            <source>Our card fingerprint:</source>
            <translation>本站密钥卡指纹：</translation>
        </message>
        <message>
            <source>Safety number read out by %1</source>
            <translation>%1 读出的安全码</translation>
        </message>
        <message>
            <source>Type the 60 digits as %1 reads them; spaces do not matter</source>
            <translation>按 %1 朗读的内容输入 60 位数字；空格不影响</translation>
        </message>
        <message>
            <source>Number &amp;read by %1:</source>
            <translation>%1 读出的号码(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Mark the key verified</source>
            <translation>将密钥标记为已核验(&amp;M)</translation>
        </message>
        <message>
            <source>Close without verifying</source>
            <translation>关闭，不核验</translation>
        </message>
        <message>
            <source>%1 of %2 digits</source>
            <translation>已输入 %1 位，共 %2 位</translation>
        </message>
    </context>
    <context>
        <name>WatchStatusBar</name>
        <message>
            <source>Imports failing: see the inbox</source>
            <translation>导入失败：请查看收件箱</translation>
        </message>
        <message>
            <source>On watch: %s</source>
            <translation>当前值班：%s</translation>
        </message>
        <message>
            <source>No officer on watch</source>
            <translation>无人值班</translation>
        </message>
    </context>
    <context>
        <name>WindowKeyAlertBar</name>
        <message>
            <source>Key alerts</source>
            <translation>密钥提醒</translation>
        </message>
    </context>
    <context>
        <name>WorkingTranslation</name>
        <message>
            <source>Remarks</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>正文</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>俄文</translation>
        </message>
        <message>
            <source>Chinese (Simplified)</source>
            <translation>简体中文</translation>
        </message>
        <message>
            <source>as received, in {language}</source>
            <translation>原文，{language}</translation>
        </message>
        <message>
            <source>as received, language not stated</source>
            <translation>原文，未注明语言</translation>
        </message>
        <message>
            <source>Working translation into {language} by {officer}, {time} — not the original</source>
            <translation>{officer} 于 {time} 译为{language}的工作译文——非原文</translation>
        </message>
    </context>
    <context>
        <name>WorkingTranslationDialog</name>
        <message>
            <source>Working translation: %1</source>
            <translation>工作译文：%1</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1，%2</translation>
        </message>
        <message>
            <source>The original, as received</source>
            <translation>收到的原文</translation>
        </message>
        <message>
            <source>Language of the working translation</source>
            <translation>工作译文的语言</translation>
        </message>
        <message>
            <source>Working translation &amp;into:</source>
            <translation>工作译文译入语言(&amp;I)：</translation>
        </message>
        <message>
            <source>Working translation</source>
            <translation>工作译文</translation>
        </message>
        <message>
            <source>The working translation is kept with the notice under your name and is always shown marked as such. It never replaces the original and is not sent. A correction is saved as a new translation; earlier ones stay on record.</source>
            <translation>工作译文以您的名义随通报保存，并始终标明为工作译文。它绝不替换原文，也不会发送。更正将另存为新的译文；先前的译文仍保留在记录中。</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <translation>用法：</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s：错误：%(message)s
</translation>
        </message>
        <message>
            <source>options</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>位置参数</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>显示此帮助信息并退出</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>以下参数为必需：%s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>无法识别的参数：%s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>无效的选项：%(value)r（请从 %(choices)s 中选择）</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>参数 %(argument_name)s：%(message)s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>应提供一个参数值</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>应提供至少一个参数值</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>应提供至多一个参数值</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>无效的 %(type)s 值：%(value)r</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>有歧义的选项：%(option)s 可匹配 %(matches)s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>不能与参数 %s 同时使用</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>必须提供参数 %s 之一</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>已忽略显式参数 %r</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>无法打开“%(filename)s”：%(error)s</translation>
        </message>
        <message>
            <source>%(heading)s:</source>
            <translation>%(heading)s：</translation>
        </message>
        <message>
            <source> (default: %(default)s)</source>
            <translation> （默认：%(default)s）</translation>
        </message>
    </context>
</TS>
