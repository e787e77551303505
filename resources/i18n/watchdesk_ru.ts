<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>No audio device: alarms use the system beep</source>
            <translation>Нет звукового устройства: сигналы подаются системным звуком</translation>
        </message>
        <message>
            <source>chime (%1)</source>
            <translation>звонок (%1)</translation>
        </message>
        <message>
            <source>system beep</source>
            <translation>системный звук</translation>
        </message>
        <message>
            <source>The alarm sound %1 is missing: alarms use the system beep</source>
            <translation>Нет файла звукового сигнала %1: сигналы подаются системным звуком</translation>
        </message>
        <message>
            <source>Qt Multimedia cannot be loaded (PySide6-Addons, libpulse0): alarms use the system beep</source>
            <translation>Не удаётся загрузить Qt Multimedia (PySide6-Addons, libpulse0): сигналы подаются системным звуком</translation>
        </message>
        <message>
            <source>The alarm sound cannot be played on this audio device: alarms use the system beep</source>
            <translation>Звуковой сигнал нельзя воспроизвести на этом устройстве: сигналы подаются системным звуком</translation>
        </message>
        <message>
            <source>Go to it in the outbox</source>
            <translation>Перейти к нему в исходящих</translation>
        </message>
        <message>
            <source>Go to %1</source>
            <translation>Перейти к %1</translation>
        </message>
        <message>
            <source>the notice</source>
            <translation>уведомлению</translation>
        </message>
        <message>
            <source>Finish or cancel this dialog to go to it.</source>
            <translation>Чтобы перейти к нему, завершите или отмените этот диалог.</translation>
        </message>
        <message>
            <source>Drafts (%1)</source>
            <translation>Черновики (%1)</translation>
        </message>
        <message>
            <source>&amp;New launch notification…</source>
            <translation>&amp;Новое уведомление о пуске…</translation>
        </message>
        <message>
            <source>New &amp;general communication…</source>
            <translation>Новое о&amp;бщее сообщение…</translation>
        </message>
        <message>
            <source>New from &amp;template…</source>
            <translation>Новое из &amp;шаблона…</translation>
        </message>
        <message>
            <source>&amp;Amend selected notice…</source>
            <translation>&amp;Изменить выбранное уведомление…</translation>
        </message>
        <message>
            <source>&amp;Postpone selected notice…</source>
            <translation>&amp;Перенести выбранное уведомление…</translation>
        </message>
        <message>
            <source>&amp;Cancel selected notice…</source>
            <translation>&amp;Отменить выбранное уведомление…</translation>
        </message>
        <message>
            <source>Post-launch &amp;report on selected notice…</source>
            <translation>&amp;Донесение о пуске по выбранному уведомлению…</translation>
        </message>
        <message>
            <source>New &amp;from selected notice…</source>
            <translation>Новое на основе в&amp;ыбранного…</translation>
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drafted by</source>
            <translation>Составил</translation>
        </message>
        <message>
            <source>Last saved (UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>any counterpart</source>
            <translation>любой партнёр</translation>
        </message>
        <message>
            <source>Drafts</source>
            <translation>Черновики</translation>
        </message>
        <message>
            <source>No drafts. Drafts are saved here as you type a new notice (Notice → New launch notification, Ctrl+N).</source>
            <translation>Черновиков нет. Черновик сохраняется здесь по мере набора нового уведомления (Уведомление → Новое уведомление о пуске, Ctrl+N).</translation>
        </message>
        <message>
            <source>&amp;Open draft</source>
            <translation>&amp;Открыть черновик</translation>
        </message>
        <message>
            <source>&amp;Delete draft…</source>
            <translation>&amp;Удалить черновик…</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Шаблоны</translation>
        </message>
        <message>
            <source>No templates. In a compose window, Notice → Save as template keeps a pre-agreed text for reuse.</source>
            <translation>Шаблонов нет. В окне составления пункт «Уведомление → Сохранить как шаблон» сохраняет заранее согласованный текст для повторного использования.</translation>
        </message>
        <message>
            <source>&amp;New draft from template</source>
            <translation>&amp;Новый черновик из шаблона</translation>
        </message>
        <message>
            <source>Re&amp;name template…</source>
            <translation>Пере&amp;именовать шаблон…</translation>
        </message>
        <message>
            <source>Delete &amp;template…</source>
            <translation>Удалить ша&amp;блон…</translation>
        </message>
        <message>
            <source>D&amp;rafts</source>
            <translation>&amp;Черновики</translation>
        </message>
        <message>
            <source>Te&amp;mplates (pre-agreed texts)</source>
            <translation>&amp;Шаблоны (согласованные тексты)</translation>
        </message>
        <message>
            <source>Points:</source>
            <translation>Точки:</translation>
        </message>
        <message>
            <source>Centre:</source>
            <translation>Центр:</translation>
        </message>
        <message>
            <source>Radius:</source>
            <translation>Радиус:</translation>
        </message>
        <message>
            <source>Radius unit of %1</source>
            <translation>Единица радиуса для %1</translation>
        </message>
        <message>
            <source>Ocean:</source>
            <translation>Океан:</translation>
        </message>
        <message>
            <source>Quadrant:</source>
            <translation>Квадрант:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Название:</translation>
        </message>
        <message>
            <source>the message</source>
            <translation>сообщение</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Сообщение</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>В&amp;ид:</translation>
        </message>
        <message>
            <source>Choose the counterpart</source>
            <translation>Выберите партнёра</translation>
        </message>
        <message>
            <source> (key NOT verified)</source>
            <translation> (ключ НЕ проверен)</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Кому:</translation>
        </message>
        <message>
            <source>&amp;Precedence:</source>
            <translation>&amp;Срочность:</translation>
        </message>
        <message>
            <source>Choose the status</source>
            <translation>Выберите статус</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>С&amp;татус:</translation>
        </message>
        <message>
            <source>A&amp;greement:</source>
            <translation>С&amp;оглашение:</translation>
        </message>
        <message>
            <source>Refers to:</source>
            <translation>Ссылка на:</translation>
        </message>
        <message>
            <source>Launch details</source>
            <translation>Данные о пуске</translation>
        </message>
        <message>
            <source>Choose a category</source>
            <translation>Выберите категорию</translation>
        </message>
        <message>
            <source>&amp;Vehicle category:</source>
            <translation>К&amp;атегория носителя:</translation>
        </message>
        <message>
            <source>&amp;Number of vehicles:</source>
            <translation>&amp;Число носителей:</translation>
        </message>
        <message>
            <source>&amp;Group launch (several vehicles in close succession)</source>
            <translation>&amp;Групповой пуск (несколько носителей в короткий срок)</translation>
        </message>
        <message>
            <source>Window opens (UTC)</source>
            <translation>Начало окна (UTC)</translation>
        </message>
        <message>
            <source>Window &amp;opens (UTC):</source>
            <translation>&amp;Начало окна (UTC):</translation>
        </message>
        <message>
            <source>Window closes (UTC)</source>
            <translation>Конец окна (UTC)</translation>
        </message>
        <message>
            <source>Window &amp;closes (UTC):</source>
            <translation>Коне&amp;ц окна (UTC):</translation>
        </message>
        <message>
            <source>optional, e.g. north-east</source>
            <translation>необязательно, напр. северо-восток</translation>
        </message>
        <message>
            <source>Planned &amp;direction:</source>
            <translation>Планируемое направлени&amp;е:</translation>
        </message>
        <message>
            <source>Launch area</source>
            <translation>Район пуска</translation>
        </message>
        <message>
            <source>Impact areas</source>
            <translation>Районы падения</translation>
        </message>
        <message>
            <source>&amp;Add impact area</source>
            <translation>&amp;Добавить район падения</translation>
        </message>
        <message>
            <source>Add impact area</source>
            <translation>Добавить район падения</translation>
        </message>
        <message>
            <source>&amp;Remarks:</source>
            <translation>&amp;Примечания:</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>R&amp;eason:</source>
            <translation>Пр&amp;ичина:</translation>
        </message>
        <message>
            <source>Post-launch report</source>
            <translation>Донесение о пуске</translation>
        </message>
        <message>
            <source>Actual launch time (UTC)</source>
            <translation>Фактическое время пуска (UTC)</translation>
        </message>
        <message>
            <source>Actual &amp;launch time (UTC):</source>
            <translation>Факти&amp;ческое время пуска (UTC):</translation>
        </message>
        <message>
            <source>Re&amp;marks:</source>
            <translation>При&amp;мечания:</translation>
        </message>
        <message>
            <source>General communication</source>
            <translation>Общее сообщение</translation>
        </message>
        <message>
            <source>S&amp;ubject:</source>
            <translation>&amp;Тема:</translation>
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation>Т&amp;екст:</translation>
        </message>
        <message>
            <source>ACTUAL: %1 will read this as a real %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Under an exercise agreement, yet %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EXERCISE: practice traffic; %1 will not read it as a real event.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TEST: a test of the channel; it notifies no real event.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Release %1 to %2</source>
            <translation>Выпуск: %1 для %2</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>Кому:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Вид:</translation>
        </message>
        <message>
            <source>Precedence:</source>
            <translation>Срочность:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Статус:</translation>
        </message>
        <message>
            <source>Launch window:</source>
            <translation>Окно пуска:</translation>
        </message>
        <message>
            <source>Launch area:</source>
            <translation>Район пуска:</translation>
        </message>
        <message>
            <source>Impact areas:</source>
            <translation>Районы падения:</translation>
        </message>
        <message>
            <source>Rule override:</source>
            <translation>Отступление от правил:</translation>
        </message>
        <message>
            <source>%1 — reason: %2</source>
            <translation>%1 — причина: %2</translation>
        </message>
        <message>
            <source>Released by:</source>
            <translation>Выпустил:</translation>
        </message>
        <message>
            <source>%1 (officer on watch)</source>
            <translation>%1 (дежурный офицер)</translation>
        </message>
        <message>
            <source>No officer is on watch. Choose yourself and enter your PIN.</source>
            <translation>Нет дежурного офицера. Выберите себя и введите PIN-код.</translation>
        </message>
        <message>
            <source>&amp;Releasing officer:</source>
            <translation>&amp;Выпускающий офицер:</translation>
        </message>
        <message>
            <source>Your &amp;PIN:</source>
            <translation>Ваш PIN-&amp;код:</translation>
        </message>
        <message>
            <source>No officers are registered on this station; the release is recorded under the name you give.</source>
            <translation>На этой станции нет зарегистрированных офицеров; выпуск записывается под указанным вами именем.</translation>
        </message>
        <message>
            <source>The two-person rule is on: a second, different officer approves with their own PIN.</source>
            <translation>Действует правило двух лиц: выпуск утверждает своим PIN-кодом второй офицер — не тот, кто выпускает.</translation>
        </message>
        <message>
            <source>No other officer is registered on this station, so nobody can approve. Add officers on the Officers page first.</source>
            <translation>На этой станции нет другого зарегистрированного офицера, утверждать некому. Сначала добавьте офицеров на странице «Офицеры».</translation>
        </message>
        <message>
            <source>&amp;Approving officer:</source>
            <translation>&amp;Утверждающий офицер:</translation>
        </message>
        <message>
            <source>Approver's P&amp;IN:</source>
            <translation>PIN-код утв&amp;ерждающего:</translation>
        </message>
        <message>
            <source>Release problem</source>
            <translation>Ошибка выпуска</translation>
        </message>
        <message>
            <source>Release now</source>
            <translation>Выпустить</translation>
        </message>
        <message>
            <source>Choose yourself as the releasing officer.</source>
            <translation>Выберите себя как выпускающего офицера.</translation>
        </message>
        <message>
            <source>releasing officer</source>
            <translation>выпускающий офицер</translation>
        </message>
        <message>
            <source>Give the releasing officer's name.</source>
            <translation>Укажите имя выпускающего офицера.</translation>
        </message>
        <message>
            <source>Choose the second officer who approves this release.</source>
            <translation>Выберите второго офицера, утверждающего этот выпуск.</translation>
        </message>
        <message>
            <source>%1 is releasing this notice; the approval must come from a different officer.</source>
            <translation>%1 выпускает это уведомление; утвердить его должен другой офицер.</translation>
        </message>
        <message>
            <source>This pair cannot release: %1.</source>
            <translation>Эта пара не может выпустить уведомление: %1.</translation>
        </message>
        <message>
            <source>approving officer</source>
            <translation>утверждающий офицер</translation>
        </message>
        <message>
            <source>Not released: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sealed as sequence %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1; waiting for acknowledgement, due %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, but it could not be written to the outbox: %2. It is kept and goes out with File → Export pending notices.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an unexpected error (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The release failed: %1. Check the Outbox before trying again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notice form</source>
            <translation>Форма уведомления</translation>
        </message>
        <message>
            <source>Checks: problems to fix before release</source>
            <translation>Проверки: что исправить до выпуска</translation>
        </message>
        <message>
            <source>Agreement rules</source>
            <translation>Правила соглашения</translation>
        </message>
        <message>
            <source>Release &amp;despite the agreement warnings</source>
            <translation>Выпустить, несмотря на пре&amp;дупреждения соглашения</translation>
        </message>
        <message>
            <source>Release despite the agreement warnings</source>
            <translation>Выпустить, несмотря на предупреждения соглашения</translation>
        </message>
        <message>
            <source>Why: the reason is recorded in the audit log and printed</source>
            <translation>Почему: причина записывается в журнал аудита и печатается</translation>
        </message>
        <message>
            <source>Reason for the override</source>
            <translation>Причина отступления от правил</translation>
        </message>
        <message>
            <source>Override &amp;reason:</source>
            <translation>Причина отступ&amp;ления:</translation>
        </message>
        <message>
            <source>Map of the launch and impact areas</source>
            <translation>Карта районов пуска и падения</translation>
        </message>
        <message>
            <source>Chec&amp;ks</source>
            <translation>Про&amp;верки</translation>
        </message>
        <message>
            <source>Release result</source>
            <translation>Результат выпуска</translation>
        </message>
        <message>
            <source>&amp;Save draft</source>
            <translation>Со&amp;хранить черновик</translation>
        </message>
        <message>
            <source>Save as &amp;template…</source>
            <translation>Сохранить как &amp;шаблон…</translation>
        </message>
        <message>
            <source>&amp;Preview record</source>
            <translation>Предпросмотр &amp;бланка</translation>
        </message>
        <message>
            <source>&amp;Release…</source>
            <translation>&amp;Выпустить…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Закрыть</translation>
        </message>
        <message>
            <source>Close after release</source>
            <translation>Закрыть после выпуска</translation>
        </message>
        <message>
            <source>&amp;Notice</source>
            <translation>&amp;Уведомление</translation>
        </message>
        <message>
            <source>Save draft (Ctrl+S)</source>
            <translation>Сохранить черновик (Ctrl+S)</translation>
        </message>
        <message>
            <source>Save as template…</source>
            <translation>Сохранить как шаблон…</translation>
        </message>
        <message>
            <source>Preview (Ctrl+P)</source>
            <translation>Предпросмотр (Ctrl+P)</translation>
        </message>
        <message>
            <source>Release… (Ctrl+Enter)</source>
            <translation>Выпустить… (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Draft state</source>
            <translation>Состояние черновика</translation>
        </message>
        <message>
            <source>Release in progress</source>
            <translation>Идёт выпуск</translation>
        </message>
        <message numerus="yes">
            <source>Not released: %n problem(s) to fix first, listed under Checks and beside the fields.</source>
            <translation>
                <numerusform>Не выпущено: сначала устраните %n ошибку — см. «Проверки» и пометки у полей.</numerusform>
                <numerusform>Не выпущено: сначала устраните %n ошибки — см. «Проверки» и пометки у полей.</numerusform>
                <numerusform>Не выпущено: сначала устраните %n ошибок — см. «Проверки» и пометки у полей.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not released: the notice departs from the agreement's rules. Tick 'Release despite the agreement warnings' and write the reason, or fix the fields.</source>
            <translation>Не выпущено: уведомление отступает от правил соглашения. Отметьте «Выпустить, несмотря на предупреждения соглашения» и укажите причину либо исправьте поля.</translation>
        </message>
        <message>
            <source>Release cancelled; the draft is kept.</source>
            <translation>Выпуск отменён; черновик сохранён.</translation>
        </message>
        <message>
            <source>Export hazard areas</source>
            <translation>Выгрузка опасных районов</translation>
        </message>
        <message>
            <source>Select a notice in the Inbox or Outbox first.</source>
            <translation>Сначала выберите уведомление во входящих или исходящих.</translation>
        </message>
        <message>
            <source>Nothing exported</source>
            <translation>Ничего не выгружено</translation>
        </message>
        <message>
            <source>Nothing exported: an export is audited in the name of the officer on watch. Take the watch first.</source>
            <translation>Ничего не выгружено: выгрузка регистрируется в журнале аудита на имя дежурного офицера. Сначала заступите на дежурство.</translation>
        </message>
        <message>
            <source>Export the areas and window of no. %1 as:</source>
            <translation>Выгрузить районы и окно уведомления № %1 в формате:</translation>
        </message>
        <message>
            <source>Hazard areas of no. %1 written as %2 to %3.</source>
            <translation>Опасные районы уведомления № %1 записаны в формате %2 в %3.</translation>
        </message>
        <message>
            <source>Exported, with something left out</source>
            <translation>Выгружено, но не полностью</translation>
        </message>
        <message>
            <source>Hazard areas not exported</source>
            <translation>Опасные районы не выгружены</translation>
        </message>
        <message>
            <source>%1 could not be written: %2.</source>
            <translation>Не удалось записать %1: %2.</translation>
        </message>
        <message>
            <source>Exporting the hazard areas of no. %1…</source>
            <translation>Выгрузка опасных районов уведомления № %1…</translation>
        </message>
        <message>
            <source>&amp;Export hazard areas…</source>
            <translation>Выгрузить &amp;опасные районы…</translation>
        </message>
        <message>
            <source>Report a problem</source>
            <translation>Сообщить об ошибке</translation>
        </message>
        <message>
            <source>What is wrong with %1?
The counterpart receives this as an error report instead of an acknowledgement.</source>
            <translation>Что не так с %1?
Партнёр получит это как сообщение об ошибке вместо подтверждения получения.</translation>
        </message>
        <message>
            <source>Select a received notice in the inbox first.</source>
            <translation>Сначала выберите полученное уведомление во входящих.</translation>
        </message>
        <message>
            <source>No officer is on watch. An acknowledgement names the officer who made it: take the watch first (Station → Start of watch…).</source>
            <translation>Нет дежурного офицера. В подтверждении получения указывается офицер, который его дал: сначала заступите на дежурство (Станция → Заступление на дежурство…).</translation>
        </message>
        <message>
            <source>This notice is being answered already.</source>
            <translation>На это уведомление уже отвечают.</translation>
        </message>
        <message>
            <source>No recipient is not a counterpart of this station.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{recipient} is not a counterpart of this station.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{recipient}'s key is not verified. Compare the safety number with {recipient} and verify the key before sending to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two-person rule is on: {problem} this release.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The notice cannot be sent until these are fixed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The notice breaks the agreement's rules. Release it only with an override and a written reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a received notice can be acknowledged.</source>
            <translation>Подтвердить получение можно только для полученного уведомления.</translation>
        </message>
        <message>
            <source>An acknowledgement is not itself acknowledged.</source>
            <translation>Подтверждение получения само не подтверждается.</translation>
        </message>
        <message>
            <source>Already acknowledged by {officer} at {time}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say what the problem is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already acknowledged by %1 at %2.</source>
            <translation>Получение уже подтвердил %1 в %2.</translation>
        </message>
        <message>
            <source>Only a received notice can be reported as a problem.</source>
            <translation>Сообщить об ошибке можно только по полученному уведомлению.</translation>
        </message>
        <message>
            <source>%1 no. %2 from %3</source>
            <translation>%1 № %2 от %3</translation>
        </message>
        <message>
            <source>No problem report sent.</source>
            <translation>Сообщение об ошибке не отправлено.</translation>
        </message>
        <message>
            <source>No problem report sent: say what the problem is.</source>
            <translation>Сообщение об ошибке не отправлено: укажите, в чём ошибка.</translation>
        </message>
        <message>
            <source>%1 %2 no. %3 from %4</source>
            <translation>%1 %2 № %3 от %4</translation>
        </message>
        <message>
            <source>%1 %2 no. %3 to %4</source>
            <translation>%1 %2 № %3 для %4</translation>
        </message>
        <message>
            <source>ack OVERDUE %1</source>
            <translation>подтверждение ПРОСРОЧЕНО на %1</translation>
        </message>
        <message>
            <source>their ack OVERDUE %1</source>
            <translation>их подтверждение ПРОСРОЧЕНО на %1</translation>
        </message>
        <message>
            <source>ack due in %1</source>
            <translation>подтвердить в течение %1</translation>
        </message>
        <message>
            <source>their ack due in %1</source>
            <translation>их подтверждение ожидается в течение %1</translation>
        </message>
        <message numerus="yes">
            <source>(%n more waiting)</source>
            <translation>
                <numerusform>(ожидает ещё %n)</numerusform>
                <numerusform>(ожидают ещё %n)</numerusform>
                <numerusform>(ожидают ещё %n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Acknowledgement overdue</source>
            <translation>Подтверждение получения просрочено</translation>
        </message>
        <message>
            <source>%1: acknowledgement OVERDUE %2. Acknowledge it (Ctrl+K) or report a problem.</source>
            <translation>%1: подтверждение получения ПРОСРОЧЕНО на %2. Подтвердите получение (Ctrl+K) или сообщите об ошибке.</translation>
        </message>
        <message numerus="yes">
            <source>%n notices past their acknowledgement deadline; the longest, %1, OVERDUE %2.</source>
            <translation>
                <numerusform>У %n уведомления истёк срок подтверждения получения; самое давнее, %1, ПРОСРОЧЕНО на %2.</numerusform>
                <numerusform>У %n уведомлений истёк срок подтверждения получения; самое давнее, %1, ПРОСРОЧЕНО на %2.</numerusform>
                <numerusform>У %n уведомлений истёк срок подтверждения получения; самое давнее, %1, ПРОСРОЧЕНО на %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>No acknowledgement from the counterpart</source>
            <translation>Нет подтверждения получения от партнёра</translation>
        </message>
        <message>
            <source>%1 not acknowledged: OVERDUE %2. Follow it up with the counterpart.</source>
            <translation>%1 не подтверждено: ПРОСРОЧЕНО на %2. Свяжитесь с партнёром.</translation>
        </message>
        <message numerus="yes">
            <source>%n notices we sent not acknowledged in time; the longest, %1, OVERDUE %2.</source>
            <translation>
                <numerusform>%n отправленное уведомление не подтверждено вовремя; самое давнее, %1, ПРОСРОЧЕНО на %2.</numerusform>
                <numerusform>%n отправленных уведомления не подтверждены вовремя; самое давнее, %1, ПРОСРОЧЕНО на %2.</numerusform>
                <numerusform>%n отправленных уведомлений не подтверждены вовремя; самое давнее, %1, ПРОСРОЧЕНО на %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2 no. %3 from %4: acknowledge within %5.</source>
            <translation>%1 %2 № %3 от %4: подтвердить получение в течение %5.</translation>
        </message>
        <message>
            <source>FLASH notice received</source>
            <translation>Получено уведомление FLASH</translation>
        </message>
        <message>
            <source>IMMEDIATE notice received</source>
            <translation>Получено уведомление IMMEDIATE</translation>
        </message>
        <message>
            <source>Inbox (%1 open / %2)</source>
            <translation>Входящие (%1 открыто / %2)</translation>
        </message>
        <message>
            <source>Quarantine (%1)</source>
            <translation>Карантин (%1)</translation>
        </message>
        <message>
            <source>&amp;Acknowledge the selected notice</source>
            <translation>&amp;Подтвердить получение выбранного уведомления</translation>
        </message>
        <message>
            <source>&amp;Report a problem with the selected notice…</source>
            <translation>&amp;Сообщить об ошибке в выбранном уведомлении…</translation>
        </message>
        <message>
            <source>&amp;Go to the most urgent open notice</source>
            <translation>Перейти к самому сро&amp;чному открытому уведомлению</translation>
        </message>
        <message>
            <source>Outbox (%1, %2 awaiting ack)</source>
            <translation>Исходящие (%1, ждут подтверждения: %2)</translation>
        </message>
        <message>
            <source>Outbox (%1)</source>
            <translation>Исходящие (%1)</translation>
        </message>
        <message>
            <source>Open the inbox (Ctrl+1) and select the notice to answer first.</source>
            <translation>Сначала откройте входящие (Ctrl+1) и выберите уведомление, на которое нужно ответить.</translation>
        </message>
        <message>
            <source>No notice is waiting for an acknowledgement.</source>
            <translation>Нет уведомлений, ожидающих подтверждения получения.</translation>
        </message>
        <message>
            <source>Not sent: %1</source>
            <translation>Не отправлено: %1</translation>
        </message>
        <message>
            <source>Acknowledgement sent.</source>
            <translation>Подтверждение получения отправлено.</translation>
        </message>
        <message>
            <source>Problem report sent.</source>
            <translation>Сообщение об ошибке отправлено.</translation>
        </message>
        <message>
            <source>Quarantined (UTC)</source>
            <translation>В карантине с (UTC)</translation>
        </message>
        <message>
            <source>Counterpart</source>
            <translation>Партнёр</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>What was wrong</source>
            <translation>Что было не так</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 с</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>осталось %1</translation>
        </message>
        <message>
            <source>OVERDUE %1</source>
            <translation>ПРОСРОЧЕНО на %1</translation>
        </message>
        <message>
            <source>Acknowledged by %1 at %2</source>
            <translation>Подтвердил %1 в %2</translation>
        </message>
        <message>
            <source>Problem reported</source>
            <translation>Сообщено об ошибке</translation>
        </message>
        <message>
            <source>Counterpart reported a problem</source>
            <translation>Партнёр сообщил об ошибке</translation>
        </message>
        <message>
            <source>None asked</source>
            <translation>Не требуется</translation>
        </message>
        <message>
            <source>Acknowledged by %1</source>
            <translation>Подтвердил %1</translation>
        </message>
        <message>
            <source>File written to outbox</source>
            <translation>Файл записан в исходящие</translation>
        </message>
        <message>
            <source>Released, file not written yet</source>
            <translation>Выпущено, файл ещё не записан</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Precedence</source>
            <translation>Срочность</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>Доставка</translation>
        </message>
        <message>
            <source>Ack deadline</source>
            <translation>Срок подтверждения</translation>
        </message>
        <message>
            <source>Their ack deadline</source>
            <translation>Их срок подтверждения</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>DTG (UTC)</source>
            <translation>DTG (UTC)</translation>
        </message>
        <message>
            <source>Launch window (UTC)</source>
            <translation>Окно пуска (UTC)</translation>
        </message>
        <message>
            <source>Seq</source>
            <translation>Пор. №</translation>
        </message>
        <message>
            <source>This message %1. It does not count as an acknowledgement.</source>
            <translation>Это сообщение %1. Оно не считается подтверждением получения.</translation>
        </message>
        <message>
            <source>Due %1</source>
            <translation>Срок: %1</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Выполняется</translation>
        </message>
        <message>
            <source>%1 is locked after %2 wrong PINs in a row, until %3. Nothing was done. A supervisor can unlock %1 sooner (Station → Officers → Unlock).</source>
            <translation>%1 заблокирован после %2 неверных PIN-кодов подряд, до %3. Ничего не выполнено. Старший смены может разблокировать %1 раньше (Станция → Офицеры → Разблокировать).</translation>
        </message>
        <message>
            <source>%1 is not an active officer of this station. Nothing was done.</source>
            <translation>%1 не является действующим офицером этой станции. Ничего не выполнено.</translation>
        </message>
        <message>
            <source>Wrong PIN for %1. Nothing was done; 1 try left before %1 is locked.</source>
            <translation>Неверный PIN-код для %1. Ничего не выполнено; осталась 1 попытка до блокировки %1.</translation>
        </message>
        <message>
            <source>Wrong PIN for %1. Nothing was done; %2 tries left before %1 is locked.</source>
            <translation>Неверный PIN-код для %1. Ничего не выполнено; попыток до блокировки %1: %2.</translation>
        </message>
        <message>
            <source>%1 wrong PIN(s) in a row for %2: %3 tries left before %2 is locked.</source>
            <translation>Неверных PIN-кодов подряд для %2: %1; попыток до блокировки %2: %3.</translation>
        </message>
        <message>
            <source>New PIN needed for %1</source>
            <translation>Для %1 нужен новый PIN-код</translation>
        </message>
        <message>
            <source>%1, your PIN is shorter than %2 digits, which this station no longer accepts. Set a new PIN of %2 to %3 digits now; you go on as soon as it is stored.</source>
            <translation>%1, ваш PIN-код короче %2 цифр, а такие станция больше не принимает. Задайте сейчас новый PIN-код длиной от %2 до %3 цифр; работа продолжится, как только он будет сохранён.</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Новый PIN-код</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>Новый PIN-код ещё раз</translation>
        </message>
        <message>
            <source>New &amp;PIN:</source>
            <translation>Новый PIN-&amp;код:</translation>
        </message>
        <message>
            <source>New PIN &amp;again:</source>
            <translation>Новый PIN-код ещё &amp;раз:</translation>
        </message>
        <message>
            <source>Checking the PIN…</source>
            <translation>Проверка PIN-кода…</translation>
        </message>
        <message>
            <source>PIN not checked</source>
            <translation>PIN-код не проверен</translation>
        </message>
        <message>
            <source>%1 must set a new PIN of at least %2 digits before going on. Nothing was done.</source>
            <translation>%1 должен задать новый PIN-код не короче %2 цифр, прежде чем продолжить. Ничего не выполнено.</translation>
        </message>
        <message>
            <source>&amp;Verify audit log</source>
            <translation>Проверить журнал &amp;аудита</translation>
        </message>
        <message>
            <source>Start of &amp;watch…</source>
            <translation>&amp;Заступление на дежурство…</translation>
        </message>
        <message>
            <source>C&amp;hange of watch…</source>
            <translation>&amp;Передача дежурства…</translation>
        </message>
        <message>
            <source>&amp;Last handover…</source>
            <translation>П&amp;оследняя передача дежурства…</translation>
        </message>
        <message>
            <source>&amp;Import a counterpart's key card…</source>
            <translation>&amp;Импорт карточки ключа партнёра…</translation>
        </message>
        <message>
            <source>Verify the selected counterpart's &amp;key…</source>
            <translation>Проверить &amp;ключ выбранного партнёра…</translation>
        </message>
        <message>
            <source>Agreement &amp;profile of the selected counterpart…</source>
            <translation>П&amp;рофиль соглашения выбранного партнёра…</translation>
        </message>
        <message>
            <source>&amp;Export our key card…</source>
            <translation>&amp;Экспорт нашей карточки ключа…</translation>
        </message>
        <message>
            <source>Print our key card to &amp;PDF…</source>
            <translation>Пе&amp;чать нашей карточки ключа в PDF…</translation>
        </message>
        <message>
            <source>&amp;Rotate our keys…</source>
            <translation>&amp;Сменить наши ключи…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <source>KEY CHANGED: %1's new key is not verified.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1's key is not verified.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 file(s) held unopened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare the safety number with %1's duty officer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KEY CHANGED: %1's key changed at %2 and is not verified. Compare the safety number with %1 before trusting anything from it.</source>
            <translation>КЛЮЧ ИЗМЕНЁН: ключ %1 изменён в %2 и не проверен. Сверьте контрольный номер с %1, прежде чем доверять чему-либо от этой стороны.</translation>
        </message>
        <message>
            <source>%1's key is not verified yet.</source>
            <translation>Ключ %1 ещё не проверен.</translation>
        </message>
        <message>
            <source>%1 file(s) from it are held unopened in the inbox until the key is verified.</source>
            <translation>Файлов от этой стороны, задержанных неоткрытыми во входящих до проверки ключа: %1.</translation>
        </message>
        <message>
            <source>by %1 at %2</source>
            <translation>%1 в %2</translation>
        </message>
        <message>
            <source>key changed at %1</source>
            <translation>ключ изменён %1</translation>
        </message>
        <message>
            <source>never</source>
            <translation>никогда</translation>
        </message>
        <message>
            <source>Card fingerprint</source>
            <translation>Отпечаток карточки</translation>
        </message>
        <message>
            <source>Key card</source>
            <translation>Карточка ключа</translation>
        </message>
        <message>
            <source>version %1, self-signed</source>
            <translation>версия %1, самоподписанная</translation>
        </message>
        <message>
            <source>version %1: an older card, with no self-signature (its integrity rests on the safety number alone)</source>
            <translation>версия %1: старая карточка без самоподписи (её целостность держится только на контрольном номере)</translation>
        </message>
        <message>
            <source>Keys created</source>
            <translation>Ключи созданы</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Проверен</translation>
        </message>
        <message>
            <source>Earlier keys on record</source>
            <translation>Ранее зарегистрированные ключи</translation>
        </message>
        <message>
            <source>Signing keys</source>
            <translation>Ключи подписи</translation>
        </message>
        <message>
            <source>current</source>
            <translation>текущий</translation>
        </message>
        <message>
            <source>earlier</source>
            <translation>прежний</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Соглашение</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Minimum lead time</source>
            <translation>Мин. заблаговременность</translation>
        </message>
        <message>
            <source>Maximum window</source>
            <translation>Макс. окно</translation>
        </message>
        <message>
            <source>no maximum</source>
            <translation>без ограничения</translation>
        </message>
        <message>
            <source>Allowed kinds</source>
            <translation>Допустимые виды</translation>
        </message>
        <message>
            <source>Acknowledge within</source>
            <translation>Подтвердить в течение</translation>
        </message>
        <message>
            <source>Handling banner</source>
            <translation>Гриф</translation>
        </message>
        <message>
            <source>Exchange folders</source>
            <translation>Папки обмена</translation>
        </message>
        <message>
            <source>Inbox</source>
            <translation>Входящие</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>Исходящие</translation>
        </message>
        <message>
            <source>Processed</source>
            <translation>Обработанные</translation>
        </message>
        <message>
            <source>Quarantine</source>
            <translation>Карантин</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Обмен</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Получено</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Отправлено</translation>
        </message>
        <message>
            <source>Not yet acknowledged by us</source>
            <translation>Не подтверждено нами</translation>
        </message>
        <message>
            <source>Awaiting their acknowledgement</source>
            <translation>Ждут их подтверждения</translation>
        </message>
        <message>
            <source>Missing sequence numbers</source>
            <translation>Пропущенные порядковые номера</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>Quarantined files</source>
            <translation>Файлы в карантине</translation>
        </message>
        <message>
            <source>Held in the inbox</source>
            <translation>Задержано во входящих</translation>
        </message>
        <message>
            <source>%1's key is verified. Traffic held from it is being imported.</source>
            <translation>Ключ %1 проверен. Задержанные сообщения от этой стороны импортируются.</translation>
        </message>
        <message>
            <source>Import a counterpart's key card</source>
            <translation>Импорт карточки ключа партнёра</translation>
        </message>
        <message>
            <source>Not a usable key card</source>
            <translation>Карточка ключа непригодна</translation>
        </message>
        <message>
            <source>%1 was not imported: %2.</source>
            <translation>%1 не импортирован: %2.</translation>
        </message>
        <message>
            <source>Key card not read</source>
            <translation>Карточка ключа не прочитана</translation>
        </message>
        <message>
            <source>%1 could not be read: %2.</source>
            <translation>Не удалось прочитать %1: %2.</translation>
        </message>
        <message>
            <source>This card gives %1 a DIFFERENT KEY from the one on record.

On record: %2
In this card: %3

If you import it, everything from %1 is held unopened until an officer compares the new safety number with %1 by phone or in person. Import the new key?</source>
            <translation>Эта карточка содержит для %1 ДРУГОЙ КЛЮЧ, чем зарегистрированный.

Зарегистрирован: %2
В карточке: %3

Если её импортировать, всё от %1 будет задерживаться неоткрытым, пока офицер не сверит новый контрольный номер с %1 по телефону или лично. Импортировать новый ключ?</translation>
        </message>
        <message>
            <source>Key change for %1</source>
            <translation>Смена ключа %1</translation>
        </message>
        <message>
            <source>Key card not imported</source>
            <translation>Карточка ключа не импортирована</translation>
        </message>
        <message>
            <source>Key card already on record</source>
            <translation>Карточка ключа уже зарегистрирована</translation>
        </message>
        <message>
            <source>%1's key card is already on record; nothing changed.</source>
            <translation>Карточка ключа %1 уже зарегистрирована; ничего не изменилось.</translation>
        </message>
        <message>
            <source>Key card now self-signed</source>
            <translation>Карточка ключа теперь самоподписана</translation>
        </message>
        <message>
            <source>%1's key card of the same keys now carries a self-signature; it replaced the older card on record. The safety number and its verification are unchanged.</source>
            <translation>Карточка ключа %1 с теми же ключами теперь несёт самоподпись и заменила прежнюю зарегистрированную карточку. Контрольный номер и его проверка не изменились.</translation>
        </message>
        <message>
            <source>%1 (%2) was added as a counterpart. Its key is NOT VERIFIED yet: nothing is sent to it and nothing from it is opened until you compare the safety number with its duty officer.</source>
            <translation>%1 (%2) добавлен как партнёр. Его ключ ещё НЕ ПРОВЕРЕН: ничего не отправляется этой стороне и ничего от неё не открывается, пока вы не сверите контрольный номер с её дежурным офицером.</translation>
        </message>
        <message>
            <source>%1 (%2) has a NEW KEY. Its traffic is held until you compare the new safety number with its duty officer.</source>
            <translation>У %1 (%2) НОВЫЙ КЛЮЧ. Сообщения от этой стороны задерживаются, пока вы не сверите новый контрольный номер с её дежурным офицером.</translation>
        </message>
        <message>
            <source>Verify the key now?</source>
            <translation>Проверить ключ сейчас?</translation>
        </message>
        <message>
            <source>Export our key card</source>
            <translation>Экспорт нашей карточки ключа</translation>
        </message>
        <message>
            <source>Our key card was written to %1</source>
            <translation>Наша карточка ключа записана в %1</translation>
        </message>
        <message>
            <source>Key card not exported</source>
            <translation>Карточка ключа не экспортирована</translation>
        </message>
        <message>
            <source>The counterpart trusts this card only after both duty officers have compared the safety number their consoles show, by phone or in person.</source>
            <translation>Партнёр доверяет этой карточке только после того, как оба дежурных офицера сверят контрольный номер, показанный их консолями, по телефону или лично.</translation>
        </message>
        <message>
            <source>Print our key card to PDF</source>
            <translation>Печать нашей карточки ключа в PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Файлы PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Key card %1</source>
            <translation>Карточка ключа %1</translation>
        </message>
        <message>
            <source>Key card sheet written to %1</source>
            <translation>Лист карточки ключа записан в %1</translation>
        </message>
        <message>
            <source>Key card not printed</source>
            <translation>Карточка ключа не напечатана</translation>
        </message>
        <message>
            <source>Create a new key generation for %1?

• Our new key card must be sent to every counterpart (%2); each must compare the new safety number with us before it trusts our traffic again.
• Our old keys are kept: files sealed to them still open here, and notices we sent before still verify.
• This cannot be undone.</source>
            <translation>Создать новое поколение ключей для %1?

• Нашу новую карточку ключа нужно отправить каждому партнёру (%2); каждый должен сверить с нами новый контрольный номер, прежде чем снова доверять нашим сообщениям.
• Наши старые ключи сохраняются: адресованные им файлы по-прежнему открываются здесь, а ранее отправленные уведомления по-прежнему проходят проверку.
• Это действие необратимо.</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>пока нет</translation>
        </message>
        <message>
            <source>Rotate our keys</source>
            <translation>Смена наших ключей</translation>
        </message>
        <message>
            <source>New keys</source>
            <translation>Новые ключи</translation>
        </message>
        <message>
            <source>Our new card fingerprint is
%1

Export or print the new key card and send it to the counterparts.</source>
            <translation>Отпечаток нашей новой карточки:
%1

Экспортируйте или распечатайте новую карточку ключа и отправьте её партнёрам.</translation>
        </message>
        <message>
            <source>--officer {given} is not a name; give the officer's name as the audit log should show it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--officer {given}: a name starting with '{mark}' is kept for the OS account, which is used when --officer is left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the disk is full (cannot write{where}); nothing half-written was kept. Free some space on it and run the command again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot use{where}: {error}. Check the folder's permissions (or that the medium is not read-only) and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot use{where}: input/output error. The disk or medium is failing; copy the data dir to a sound disk and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot use{where}: {error}. Check the path and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this computer ran out of memory; nothing half-done was kept. Close other programs (or the console if it is open) and run the command again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the disk is full (the store said: {error}); nothing half-written was kept. Free some space and run the command again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the store is busy ({error}); another watchdesk command or the console holds it. Wait a moment and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the store reported an error ({error}). Run `watchdesk audit verify`; if it says the store is damaged, restore the last backup with `watchdesk restore BACKUP`.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this station's key card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write this station's public key card to FILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>counterpart stations and their keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import a counterpart's key card (unverified until you verify it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mark a counterpart's key verified after comparing the safety number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the 60-digit safety number the other side read out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>list counterparts, their keys and folders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>list a counterpart's signing keys, current and earlier, and their state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>refuse files signed with one of a counterpart's signing keys from now on (audited)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the key id (thumbprint) shown by `watchdesk counterpart keys ID`</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the key is compromised: refuse every file it signs, whatever its date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>set a counterpart's inbox/outbox folders (removable media, drop folder)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import arrivals and export pending notices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import every counterpart's inbox folder now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import again the files in processed/ that the store does not hold (after a rollback)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write the released notices whose files are not written yet (a release writes its own)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>say what a sealed file is, without storing it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>run a simulated counterpart station in its own data dir (--data-dir) that sends EXERCISE traffic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>our station's key card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>our inbox folder for the simulated station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>our outbox folder for the simulated station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>how many notices to send (0: run until interrupted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seconds between notices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>acknowledge our notices as they arrive (default); --no-auto-acknowledge leaves them waiting, for rehearsing overdue acknowledgements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>play a script of timed traffic (JSON, docs/cli.md) instead of --count random notices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>how long a minute of the script lasts (default 60; less for a quick run-through)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not a usable key card: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key card of {station_id} written to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fingerprint: {fingerprint}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added counterpart {station_id} ({name}); its key is NOT verified yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{station_id}'s key card is the one already on record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{station_id}'s key card of the same keys now carries a self-signature; it replaced the older card on record (the safety number and its verification are unchanged).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>WARNING: {station_id}'s key CHANGED. Its traffic is held until you verify the new key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is an older key card (version 1), with no self-signature: damage to it would show only in the safety number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safety number to compare with {station_id} (by phone or in person):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Then run: watchdesk counterpart verify {station_id} 'NUMBER THEY READ OUT'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safety number: {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare it with the other side, then pass the number they read out as NUMBER.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{station_id}'s key is verified. Held traffic will be imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Earlier signing key {thumbprint}: {state}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retired {station_id}'s signing key {thumbprint} (card {fingerprint}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From now on: {state}; such files are quarantined with code retired_key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is {station_id}'s CURRENT key: nothing it signs after the retirement is accepted until {station_id} sends a new key card and you verify it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another import is running on this station (the console or another `watchdesk exchange import`); it imports the files, so this one did nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>accepted, FLAGGED: {file}: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gap: sequence numbers {numbers} have not arrived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>importing {counterpart}'s inbox stopped: {error}; its files wait in the inbox: fix that, then run the import again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another import is running on this station (the console or `watchdesk exchange import`); run the reimport again when it has finished.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{counterpart}: every file in processed/ is on record</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{counterpart}: %n file(s) not on record; {report}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>stopped: {error}; the files wait in reimport/: run the reimport again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to export: every released notice's file is written already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not exported: {message_id}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n notice(s) written, {failed} failed</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{path} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} could not be read: {error}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--minute {minute}: a minute cannot last less than no time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created simulated station {station_id} in {data_dir}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Simulated station's key card: {path} (import it with `watchdesk counterpart add`)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sent {kind} {precedence} seq {sequence}; acknowledged {acknowledged}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sent {kind} {precedence} seq {sequence}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write a notice's launch and impact areas and window as CAP 1.2, KML, GeoJSON or a NOTAM draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the launch and impact areas and the window of one notice (a launch notification, an amendment or a cancellation) in a format the aviation, maritime and civil-protection authorities read. The export is audited in the officer's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the notice's message id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Watchdesk: the duty officer's console for launch-notification exchange. Without a command it opens the console window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit status: 0 done; 1 it could not be done (one sentence on stderr says why); 2 the command line is incomplete or wrong, or the console window cannot be shown; 3 a check found a problem (audit verify, verify FILE); 4 the station's rules refused it (a PIN, the two-person rule, the agreement); 5 the notice named is not on record; 6 the file given is not a valid notice (docs/cli.md).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the station's data dir (default: the platform's user data dir, here {default_dir})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>who runs the command, as the audit log names them (default: the OS account, as '{mark}ACCOUNT'); the console window's officer signs in instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open the embedded demo station (synthetic data)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open the window, wait until it has painted with its inbox's first rows, print 'ready in N ms', exit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>as --quit-when-ready, and print the milliseconds of each start-up phase to stderr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the language of the messages and help: {codes} (default: the system's locale)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{given}' is not a language of the console; give one of: {languages}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--officer names who runs a command; in the console window the officer on watch signs in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>list the stored notices, or show one as the reading pane does</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the notices, newest first, with deadline and chain state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>received (in) or sent (out); default both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only notices with a DTG at or after TIME (2026-11-28T06:00:00Z, or a UTC day 2026-11-28)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only notices still waiting for an acknowledgement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at most N notices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one JSON object (docs/cli.md)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one notice, as the reading pane shows it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the notice's number in `notices list`, or its message id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>acknowledge a received notice (the officer's PIN is asked for)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the acknowledging officer, on the station's roll</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the acknowledgement sent, as one JSON object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>check a notice given as JSON against the agreement and release it (PINs are asked for)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the notice (docs/format.md, section 3) without sequence, sender, dtg and released_by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the officer who drafts and releases it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the second officer, when the two-person rule is on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>release despite the agreement's warnings, for this reason (audited)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the notice sent, as one JSON object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{given} is not a UTC time like 2026-11-28T06:00:00Z or a day like 2026-11-28</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{given} is not a whole number of 1 or more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no notice {notice} is on record at this station; `watchdesk notices list` shows their numbers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{seconds} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acknowledged by {officer} at {time}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{stamp}: this notice no longer stands.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{counterpart} acknowledged it: {acknowledged}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A problem report was sent instead of an acknowledgement.</source>
            <translation>Вместо подтверждения получения отправлено сообщение об ошибке.</translation>
        </message>
        <message>
            <source>{counterpart} reported a problem with it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its receipt is still to be acknowledged (due {due}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{counterpart} has not acknowledged it (due {due}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acknowledge within {left} (due {due}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Awaiting their acknowledgement: {left} left (due {due}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acknowledgement OVERDUE {late} (was due {due}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Their acknowledgement is OVERDUE {late} (was due {due}): follow it up with {counterpart}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{counterpart} reported a problem with this notice: see the inbox.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No acknowledgement is asked for this notice.</source>
            <translation>Подтверждение получения этого уведомления не требуется.</translation>
        </message>
        <message>
            <source>Released; the file is not written yet (`watchdesk exchange export`).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File written to the outbox.</source>
            <translation>Файл записан в исходящие.</translation>
        </message>
        <message>
            <source>PROBLEM: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(not given)</source>
            <translation>(не указано)</translation>
        </message>
        <message>
            <source>From {counterpart}{name} · no. {sequence} · DTG {dtg}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To {counterpart}{name} · no. {sequence} · DTG {dtg}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deadline: {words}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PROBLEM: this message {problem}. It does not count as an acknowledgement; raise it with {counterpart}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes: the version it replaces is not on record here; compare the details by hand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes: no launch detail differs from the version it replaces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes against the version it replaces:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: was {was}, now {now}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chain on record:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not on record here (message {message_id})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>us</source>
            <translation>мы</translation>
        </message>
        <message>
            <source>them</source>
            <translation>они</translation>
        </message>
        <message>
            <source>(this notice)</source>
            <translation>(это уведомление)</translation>
        </message>
        <message>
            <source>{kind} no. {sequence}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handling:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>signature: valid, checked when the file was imported at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sender key: {key}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sealed and signed by this station at {time}; delivery: {delivery}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sequence {sequence} ({sender} -&gt; {recipient}), message id {message_id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SHA-256 of the sealed file: {sha256}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>drafted by {drafter}, released by {releaser}, approved by {approver}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>drafted by {drafter}, released by {releaser}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>released despite the agreement's warnings: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notice:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No notices match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ID	DIR	COUNTERPART	NO.	DTG	PRECEDENCE	KIND	STATUS	DEADLINE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} sealed as sequence {sequence} to {counterpart} (notice {notice}, message {message_id}), but it could not be written to the outbox: {error}. It is kept; `watchdesk exchange export` writes it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} sealed as sequence {sequence} to {counterpart} (notice {notice}, message {message_id}); waiting for acknowledgement, due {due}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} sealed as sequence {sequence} to {counterpart} (notice {notice}, message {message_id}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not an active officer of this station; nothing was done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name the acknowledging officer with --officer NAME: an acknowledgement names the officer who made it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acknowledgement</source>
            <translation>Подтверждение получения</translation>
        </message>
        <message>
            <source>{path} is not UTF-8 text (byte {byte}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not JSON: {error} at line {line}, column {column}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} holds JSON but not a notice: a notice is a JSON object (docs/format.md, section 3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} gives {fields}: the station fills it in when it releases the notice; leave them out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} gives {fields}: the station fills them in when it releases the notice; leave them out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} names {named} as drafted_by but --drafter is {drafter}: leave drafted_by out (--drafter fills it) or make the two agree.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>message id {message_id} is on record already: give the notice a new one, or leave message_id out and the station makes one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the notice {target} was already cancelled (outgoing sequence {sequence}); it cannot be amended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the notice {target} was already cancelled (outgoing sequence {sequence}); it cannot be cancelled again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} cannot be sent until these are fixed; nothing was done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not a valid notice: {problem}; nothing was done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the notice breaks the agreement's rules; release it only with --override-reason TEXT, which the audit log keeps. Nothing was done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No rule of the agreement is broken: the override reason is not needed and is not recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the station's officers: list them, unlock one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>every officer with role, state and any lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lift the lock of an officer locked after wrong PINs (a supervisor's PIN is asked for)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the locked officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the supervisor who approves (another officer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not an active supervisor of this station.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a locked officer cannot unlock themselves; another supervisor must.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>there is no officer named {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not locked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PIN of {name}: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} unlocked by {supervisor}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{asked} was not given and there is no terminal to ask it at: run the command at a terminal, or give each PIN as one line on standard input; nothing was done.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{name} is locked after %n wrong PINs in a row until {until}; another supervisor can unlock them.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{name} is not an active officer of this station.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>wrong PIN for {name}; nothing was done (1 try left before {name} is locked).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>wrong PIN for {name}; nothing was done (%n tries left before {name} is locked).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}'s PIN is shorter than %n digits, which this station no longer accepts: set a new one now.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>New PIN of {name} ({fewest} to 12 digits): </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New PIN of {name} again: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the two new PINs differ; nothing was done. Run the command again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{error} Nothing was done; run the command again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>create a new station and its encrypted store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this station's id, e.g. NRRC-US</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this station's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>where to write the recovery sheet as PDF (default: ./watchdesk-recovery-STATION.pdf); print it, keep it in the safe, and delete the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>check or checkpoint the audit log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>check the whole hash chain and its signed checkpoints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>also check the chain against the audit head printed on a watch log or record (e.g. 1234:3f2a9c1b7d40e5a1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>as a supervisor, accept that the audit log is behind its signed head, so writing resumes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the supervisor's name (the PIN is asked for)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sign the audit log's current head now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write a consistent encrypted copy of the store (console may run)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>replace the store with a checked backup (console closed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>put the store key back into the keyring from the recovery sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created station {station_id} in {data_dir}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovery sheet: {path}  (print it, store it safely, then delete the file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{given}' is not an audit anchor; type it as printed on paper, COUNT:HASH (for example 1234:3f2a9c1b7d40e5a1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the paper anchor {count}:{hash} matches the chain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The audit log is not in its alarm state; there is nothing to acknowledge.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrong PIN for {name} (or no such officer); nothing was acknowledged.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Acknowledged by {supervisor}: %n audit entries are missing. Writing resumes; re-import the notices still in processed/ with `watchdesk exchange reimport`.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>signed checkpoint over %n audit entries</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>backup written to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>store restored from {backup}; the previous store was kept as {kept}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The restored audit log has {restored} entries; %n recorded since the backup are not in it. Re-import the notices still in processed/ with `watchdesk exchange reimport`.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Recovery code: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot read the recovery code: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The store key of station {station_id} is back in the keyring.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a list of points</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>has %n points; a closed ring needs at least 4 (first repeated last)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>the ring is not closed: the last point must repeat the first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>circle radius must be a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>circle radius must be above zero (got {radius})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>circle unit must be km or NM (got {unit})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a number above zero (got {radius})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be "km" or "NM" (got {unit})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be one of {choices}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be one of NE, NW, SE, SW</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a body of water needs a name of 1 to 100 characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a name of 1 to 100 characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an area must be an object with a "type"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be one of {choices} (got {value})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an area must be an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not a recognised field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a point must be an object with "lat" and "lon"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must map each area's name to the points of its outline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not a name of 1 to 100 characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>names the same area as {other}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>latitude must be a number, not {type}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>longitude must be a number, not {type}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>latitude is out of range (-{limit} to {limit})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>longitude is out of range (-{limit} to {limit})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>latitude must be a finite number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>longitude must be a finite number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>latitude {value} is out of range (-{limit} to {limit})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>longitude {value} is out of range (-{limit} to {limit})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a point must be an object with exactly "lat" and "lon"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot read '{text}' as a coordinate: expected forms such as {forms}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}': a dash between numbers is the NAVAREA degree-minute mark and needs the hemisphere letters (28-30.00N 080-30.00W); for a negative number put a space or comma before the minus sign (28.5, -80.5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' has {count} separators; use one comma between latitude and longitude, and a point (not a comma) for decimals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' has only one hemisphere letter; give one for the latitude (N/S) and one for the longitude (E/W), or none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' has {count} hemisphere letters; give one for the latitude (N/S) and one for the longitude (E/W), or none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>compact latitude '{number}' in '{text}' must have {short} digits (DDMM) or {long} digits (DDMMSS) before the hemisphere letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>compact longitude '{number}' in '{text}' must have {short} digits (DDDMM) or {long} digits (DDDMMSS) before the hemisphere letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}': degrees have a decimal part, so minutes cannot follow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}': minutes have a decimal part, so seconds cannot follow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}': minutes cannot have a sign; put the sign on the degrees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}': minutes must be below 60 (got {minutes})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}': seconds cannot have a sign; put the sign on the degrees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}': seconds must be below 60 (got {seconds})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}': expected degrees, then minutes ('), then seconds (") in that order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}': use either a sign or a hemisphere letter, not both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no coordinate given: expected forms such as {forms}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}': both parts are latitudes (N/S); give one latitude and one longitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}': both parts are longitudes (E/W); give one latitude and one longitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}': give a hemisphere letter for both latitude and longitude, or for neither</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no latitude given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no longitude given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' is not a latitude (N/S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' is not a longitude (E/W)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a profile must be an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not a recognised setting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be non-empty text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a non-empty list of kinds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} is not a known kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must give minutes for FLASH, IMMEDIATE, PRIORITY and ROUTINE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be true or false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a whole number of minutes, at least {smallest}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {field} are missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {field} is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {field} {value} is not one of {choices}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {field} must be text.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The {field} are %n characters long; the limit is {limit}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>The {field} is %n characters long; the limit is {limit}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The {field} is not a UTC time like {example} ({problem}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} is not a known message kind.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The recipient is this station itself; choose the counterpart station.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The agreement profile '{profile}' is an exercise, yet the status is ACTUAL: the counterpart will read this notice as a real event.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The notice is sent under '{agreement}' but the desk is checking it against '{profile}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A point needs a latitude and a longitude.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The launch area must be an area.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The impact area must be an area.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The launch area must be a polygon or a circle or an ocean quadrant or a body of water, not {got}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The impact area must be a polygon or a circle, not {got}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The boundary points must be a list of points.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The polygon has %n distinct corner; an area needs at least 3.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>The polygon has %n distinct corners; an area needs at least 3.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The polygon is not closed: its last point should repeat the first. Close the ring to continue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The circle radius must be a number above zero (it is {radius}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The number of vehicles must be a whole number, at least 1 (it is {count}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give at least one impact area.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The impact areas must be a list of areas.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The window closes ({end}) before it opens ({start}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The window closes at the moment it opens ({start}); give a later closing time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The window is {length} long; the agreement profile allows at most {limit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The whole window is in the past: it closed {ago} ago ({end}). Give the window of a launch still to come.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The window opened {ago} ago; the agreement asks for notice in advance.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The window opens in {within}; the agreement needs at least {lead} notice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The amended launch details must be an object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The actual launch time is {ahead} in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {field} ({target}…) is not listed in the references.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a notice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} does not match {pattern}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{one} or {other}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be {type}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be {description} (got {value})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be {expected} (got {value})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be at least {limit} (got {value})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be at most {limit} (got {value})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be above {limit} (got {value})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must not be empty</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>must be at least %n characters</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>must be at most %n characters (got {length})</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>must have at least %n item (got {count})</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>must have at least %n items (got {count})</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>must be a finite number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must differ from the sender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be after window_start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must list the message named in {field} ({target})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>differs from the sha256 given for {target} in references</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a notice must be a JSON object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}': month {month} does not exist (1 to 12)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}': hour {hour} is out of range (00 to 23)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}': minute {minute} is out of range (00 to 59)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}': second {second} is out of range (00 to 59)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}': day {day} does not exist in {month} {year}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected a time string like {example}, got {type}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot read '{text}' as a UTC time: expected the form {example}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' has no time zone; write UTC with a trailing Z (e.g. {example})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' has a lower-case 'z'; write a capital Z (e.g. {example})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' has the offset '{zone}'; write the time in UTC with a trailing Z (e.g. {example})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' has fractions of a second; give whole seconds (e.g. {example})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' has no seconds; give hh:mm:ss (e.g. {example})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' has spaces around it (e.g. {example})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' needs a capital T between the date and the time (e.g. {example})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot read '{text}' as a date-time group: expected the form {example}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}': '{month}' is not a month (JAN to DEC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot read '{text}' as a NOTAM time: expected ten digits YYMMDDhhmm such as {example}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>less than 1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{hours} h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{minutes} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{days} d {hours} h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{days} d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} already exists with different content; it was left untouched and this notice was not exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>could not write {path}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the folder is read-only or not accessible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{counterpart}: inbox missing ({path})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{counterpart}: inbox not writable</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{counterpart}: %n waiting</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{counterpart}: ok</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n accepted</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n held</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quarantined</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{counterpart}: {counts}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{counterpart}: nothing new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{summary}; stopped: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another import is running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>held: {station}'s key changed and was not verified again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>held: {station}'s key is not verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it could not be read ({error}); it was left in the inbox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fixed sealing values are for the test vectors only; {station}'s encryption key is not one of the published test keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>issued_at must carry a time zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the notice cannot be written as JSON: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the sealed file would be {size} bytes, over the {limit}-byte limit every receiver enforces; shorten the notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the recipient's encryption key cannot be used: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sender and recipient must be valid station ids</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a station cannot seal a notice to itself</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the notice must be a JSON object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the notice has no {field}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this writer produces format version {version} only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the notice's sender {sender} is not the sealing station {station}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the notice's recipient {recipient} is not the key card's station {station}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>message_id must be a lower-case canonical UUID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sequence must be a whole number from 1 to {largest}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A draft needs a message kind.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A template needs a name, for example 'SLV launch from the northern range'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Templates hold new launch notifications and general communications; an {kind} belongs to the one message it answers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A template needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That template no longer exists.</source>
            <translation>Этого шаблона больше нет.</translation>
        </message>
        <message>
            <source>There is already a template named '{name}' for {counterpart}; choose another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is already a template named '{name}' for any counterpart; choose another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a notice this station sent can be amended; this one was received.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a notice this station sent can be postponed; this one was received.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a notice this station sent can be cancelled; this one was received.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a notice this station sent can be reported on; this one was received.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a launch notification or an amendment can be amended; this is a {kind}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a launch notification or an amendment can be postponed; this is a {kind}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a launch notification or an amendment can be cancelled; this is a {kind}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a launch notification or an amendment can be reported on; this is a {kind}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This notice has no sealed file to refer to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A {kind} belongs to the message it answers and cannot start a new notice; start from a launch notification, an amendment or a general communication.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name the officer who made the translation; nothing was stored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The working translation is empty; nothing was stored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{language} is not a language the console knows (it knows {known}); nothing was stored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field} is not a free-text field of a notice (those are {known}); nothing was stored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no notice {id} on record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notice {id} was sent by this station: working translations are for the free text a counterpart sent; nothing was stored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notice {id} has no {field} to translate; nothing was stored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notice {id}'s {field} is empty: there is nothing to translate; nothing was stored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>audit log intact: {entries} entries, {checkpoints} signed checkpoints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>audit log damaged at entry {index}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>retired as compromised by {officer}: every file it signs is refused, whatever its date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>accepted (an earlier key; no rotation since was verified)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>retired by {officer}: files it signs dated after {time} are refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>replaced by a verified key rotation: files it signs dated after {time} are refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{station} is not a counterpart of this station; import its key card first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{key} (current)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{key} (earlier)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{key} is not a signing key of {station} on record (its keys: {known}); copy the key id from `watchdesk counterpart keys {station}`.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key {key} of {station} is already retired (as compromised); nothing changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key {key} of {station} is already retired (on {time}); nothing changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That is this station's own key card, not a counterpart's.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The safety number does not match the one computed from {station}'s key card. The key was NOT marked verified: check the card came from the counterpart, and compare again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start or unlock the desktop's Secret Service (GNOME Keyring or KWallet) and try again; on Windows the Credential Manager and on macOS the Keychain are used automatically.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no OS keyring was found (keyring's fail backend is active)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the null keyring is configured, which discards secrets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the configured keyring {name} keeps secrets in a file, not in the OS keyring (remove the PYTHON_KEYRING_BACKEND setting, or the backend line of keyringrc.cfg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the keyring {name} is not usable here ({error})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the keyring {name} has priority {priority}, below the minimum of 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refusing to use the keyring: the configured keyring backend could not be loaded ({error}). Remove the PYTHON_KEYRING_BACKEND setting (or the backend line of keyringrc.cfg) so that the OS keyring is used. {fix}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refusing to use the keyring: no OS keyring was found. {fix}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refusing to use the keyring: {reason}. {fix}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keyring is locked and could not be unlocked ({error}). {fix}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keyring failed to save the store key ({error}). {fix}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keyring failed to read the store key ({error}). {fix}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keyring has no key for station {station} in {folder}. If the OS was reinstalled or the keyring reset, run `watchdesk recover` with the station's recovery sheet to put the key back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keyring entry for station {station} does not hold a 256-bit store key. Run `watchdesk recover` with the station's recovery sheet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no in-memory key for demo station {station}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the code contains characters that are not on the sheet: {characters}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the code has {count} characters; a recovery code has {groups} groups of {size} plus a check character ({expected} in all)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>group {number} ({group}) has a typo: its check character does not match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the code does not decode to a key ({error})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the code does not decode to a 256-bit key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no Watchdesk station in {folder}. Create one with `watchdesk init --station-id ID --name NAME`.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not a Watchdesk station file ({error}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{folder} already holds a station; choose another --data-dir.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key in the keyring does not open the store of station {station} in {folder}. If the keyring entry was replaced, run `watchdesk recover` with the station's recovery sheet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The store file {path} is missing. Restore it with `watchdesk restore BACKUP`.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The store {path} is damaged ({problem}). Nothing more is written to it; close the console and restore the last backup with `watchdesk restore BACKUP`.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The store's integrity check is still running; try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The audit log is behind or unlike its signed head ({problems}): reading works, but nothing is written until a supervisor acknowledges this (the console's red banner, or `watchdesk audit acknowledge --supervisor NAME`), after which `watchdesk exchange reimport` brings back the missing notices.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the backup copy failed its check: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup to {path} failed: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is a backup of station {held}, not of {station}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} failed its integrity check: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no file {path}; give the path of a backup written by `watchdesk backup`.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is a folder, not a backup file; nothing was read or changed. Give the path of a backup file written by `watchdesk backup`.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is a named pipe (FIFO), not a backup file; nothing was read or changed. Give the path of a backup file written by `watchdesk backup`.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is a device, not a backup file; nothing was read or changed. Give the path of a backup file written by `watchdesk backup`.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is a socket, not a backup file; nothing was read or changed. Give the path of a backup file written by `watchdesk backup`.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not a regular file, not a backup file; nothing was read or changed. Give the path of a backup file written by `watchdesk backup`.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is unreadable ({error}): a restore was interrupted and cannot be completed from it. Run `watchdesk restore BACKUP` again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key in the keyring does not belong to this station; run `watchdesk recover` first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An earlier restore is not recorded in the audit log yet; run `watchdesk audit verify` (which completes it), then restore again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The station in {folder} is in use. Close the console (and any `watchdesk` command using it) and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not a Watchdesk store that this station's key opens (it may belong to another station or be damaged beyond reading).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not a Watchdesk backup that this station's key opens (it may belong to another station or be damaged beyond reading).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} opens, but it is not a Watchdesk store.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} opens, but it is not a Watchdesk backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The store {path} is damaged ({problem}). It was not used; restore the last backup with `watchdesk restore BACKUP`.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup {path} is damaged ({problem}). It was not used; restore the last backup with `watchdesk restore BACKUP`.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import arrivals now</source>
            <translation>&amp;Принять поступившие сейчас</translation>
        </message>
        <message>
            <source>&amp;Export pending notices</source>
            <translation>&amp;Выгрузить ожидающие уведомления</translation>
        </message>
        <message>
            <source>Time (UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Officer</source>
            <translation>Офицер</translation>
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 to %2 digits</source>
            <translation>от %1 до %2 цифр</translation>
        </message>
        <message>
            <source>The two PINs differ. Type the same PIN twice.</source>
            <translation>PIN-коды не совпадают. Введите один и тот же PIN-код дважды.</translation>
        </message>
        <message>
            <source>Storing the PIN…</source>
            <translation>Сохранение PIN-кода…</translation>
        </message>
        <message>
            <source>%1 ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>acknowledged %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no acknowledgement asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>awaited:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes from %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes from the outgoing officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none written)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>from %1</source>
            <translation>от %1</translation>
        </message>
        <message>
            <source>to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handed over by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taken over by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 open item(s) to hand over.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notices we have not acknowledged (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation>От</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acknowledge by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every received notice is acknowledged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acknowledgements we are waiting for (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due from the counterpart by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The counterparts have acknowledged everything we sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Launch windows open now or opening in the next %1 h (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Window (UTC, local)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No launch window is open or opens in this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the last 12 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent this watch, since %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent (UTC, local)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was sent this watch.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missing sequence numbers (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missing numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No gaps in the received sequences.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quarantined files, last %1 days (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No file was quarantined.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Traffic held: key not verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Files waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>key CHANGED, verify again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>key not verified yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handover summary %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key not retired</source>
            <translation>Ключ не выведен из действия</translation>
        </message>
        <message>
            <source>%1's signing key %2… is retired: see the counterpart's signing keys.</source>
            <translation>Ключ подписи %1 %2… выведен из действия: см. ключи подписи партнёра.</translation>
        </message>
        <message>
            <source>Inbox folder of %1</source>
            <translation>Папка входящих для %1</translation>
        </message>
        <message>
            <source>Outbox folder of %1</source>
            <translation>Папка исходящих для %1</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Обзор…</translation>
        </message>
        <message>
            <source>Choose the %1 folder of %2</source>
            <translation>Выберите папку «%1» для %2</translation>
        </message>
        <message>
            <source>%1 folder of %2</source>
            <translation>Папка «%1» для %2</translation>
        </message>
        <message>
            <source>turn the two-person release rule off</source>
            <translation>отключить правило выпуска двумя лицами</translation>
        </message>
        <message>
            <source>Supervisor approval</source>
            <translation>Утверждение старшим смены</translation>
        </message>
        <message>
            <source>A supervisor approves this change with their PIN: %1</source>
            <translation>Старший смены утверждает это изменение своим PIN-кодом: %1</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Утвердить</translation>
        </message>
        <message>
            <source>Supervisor approval: %1</source>
            <translation>Утверждение старшим смены: %1</translation>
        </message>
        <message>
            <source>Two-person rule</source>
            <translation>Правило двух лиц</translation>
        </message>
        <message>
            <source>The two-person rule stays on: no supervisor approved turning it off.</source>
            <translation>Правило двух лиц остаётся в силе: старший смены не утвердил его отключение.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>The new language is used for windows opened from now on; restart Watchdesk to see it everywhere.</source>
            <translation>Новый язык применяется к окнам, открытым с этого момента; перезапустите Watchdesk, чтобы он действовал везде.</translation>
        </message>
        <message>
            <source>Start of watch</source>
            <translation>Заступление на дежурство</translation>
        </message>
        <message>
            <source>Who is on watch at %1? Choose your name and type your PIN.</source>
            <translation>Кто на дежурстве на станции %1? Выберите своё имя и введите PIN-код.</translation>
        </message>
        <message>
            <source>&amp;Start watch</source>
            <translation>&amp;Заступить на дежурство</translation>
        </message>
        <message>
            <source>Handover summary</source>
            <translation>Сводка передачи дежурства</translation>
        </message>
        <message>
            <source>&amp;Notes from %1 to the incoming officer (free text: what to watch, what was promised, what is odd):</source>
            <translation>&amp;Записи %1 для принимающего офицера (свободный текст: за чем следить, что обещано, что необычно):</translation>
        </message>
        <message>
            <source>Notes of the outgoing officer</source>
            <translation>Записи сдающего офицера</translation>
        </message>
        <message>
            <source>Write at least a line, e.g. “Nothing further.”</source>
            <translation>Напишите хотя бы строку, напр. «Без замечаний.»</translation>
        </message>
        <message>
            <source>&amp;Give the notes to the incoming officer</source>
            <translation>П&amp;ередать записи принимающему офицеру</translation>
        </message>
        <message>
            <source>I, the incoming officer, have &amp;read these notes and the open items</source>
            <translation>Я, принимающий офицер, прочи&amp;тал эти записи и незакрытые вопросы</translation>
        </message>
        <message>
            <source>The notes are shown to the incoming officer once the outgoing officer gives them over; the watch can be taken only after they were read.</source>
            <translation>Записи показываются принимающему офицеру, когда сдающий их передаст; принять дежурство можно только после их прочтения.</translation>
        </message>
        <message>
            <source>&amp;Print summary to PDF…</source>
            <translation>Пе&amp;чать сводки в PDF…</translation>
        </message>
        <message>
            <source>Change of watch</source>
            <translation>Передача дежурства</translation>
        </message>
        <message>
            <source>%1 hands the watch over: write your notes, then give them to the incoming officer, who reads them and the open items below, then chooses their name and types their PIN.</source>
            <translation>%1 передаёт дежурство: напишите записи и передайте их принимающему офицеру; он прочитает их и незакрытые вопросы ниже, затем выберет своё имя и введёт PIN-код.</translation>
        </message>
        <message>
            <source>&amp;Take over the watch</source>
            <translation>П&amp;ринять дежурство</translation>
        </message>
        <message>
            <source>Handover summary written to %1</source>
            <translation>Сводка передачи дежурства записана в %1</translation>
        </message>
        <message>
            <source>Handover summary not printed</source>
            <translation>Сводка передачи дежурства не напечатана</translation>
        </message>
        <message>
            <source>Watch taken over</source>
            <translation>Дежурство принято</translation>
        </message>
        <message>
            <source>%1 is now on watch at %2 (since %3), taken over from %4.

%5 open item(s) and the notes of %4 were handed over; Station → Last handover shows them again.</source>
            <translation>%1 теперь на дежурстве на станции %2 (с %3), дежурство принято от %4.

Переданы незакрытые вопросы (%5) и записи %4; их снова показывает пункт «Станция → Последняя передача дежурства».</translation>
        </message>
        <message>
            <source>Last handover</source>
            <translation>Последняя передача дежурства</translation>
        </message>
        <message>
            <source>No handover is on record at this station yet.</source>
            <translation>На этой станции ещё нет записей о передаче дежурства.</translation>
        </message>
    </context>
    <context>
        <name>AgreementProfileDialog</name>
        <message>
            <source>Agreement profile for %1</source>
            <translation>Профиль соглашения с %1</translation>
        </message>
        <message>
            <source>Agreement name</source>
            <translation>Название соглашения</translation>
        </message>
        <message>
            <source>Minimum lead time</source>
            <translation>Минимальная заблаговременность</translation>
        </message>
        <message>
            <source>No maximum</source>
            <translation>Без ограничения</translation>
        </message>
        <message>
            <source>Maximum launch window</source>
            <translation>Максимальное окно пуска</translation>
        </message>
        <message>
            <source>Handling banner printed on records</source>
            <translation>Гриф, печатаемый на бланках</translation>
        </message>
        <message>
            <source>An &amp;exercise agreement: new notices start as EXERCISE</source>
            <translation>&amp;Учебное соглашение: новые уведомления создаются со статусом EXERCISE</translation>
        </message>
        <message>
            <source>Agreement &amp;name:</source>
            <translation>&amp;Название соглашения:</translation>
        </message>
        <message>
            <source>Minimum &amp;lead time:</source>
            <translation>Мин. &amp;заблаговременность:</translation>
        </message>
        <message>
            <source>Maximum launch &amp;window:</source>
            <translation>Макс. &amp;окно пуска:</translation>
        </message>
        <message>
            <source>Handling &amp;banner for prints:</source>
            <translation>&amp;Гриф для печати:</translation>
        </message>
        <message>
            <source>Message kinds allowed under this agreement</source>
            <translation>Виды сообщений, допустимые по этому соглашению</translation>
        </message>
        <message>
            <source>Acknowledge within, by precedence</source>
            <translation>Срок подтверждения по срочности</translation>
        </message>
        <message>
            <source>Acknowledgement deadline for %1</source>
            <translation>Срок подтверждения для %1</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Не сохранено: %1</translation>
        </message>
    </context>
    <context>
        <name>AlertStrip</name>
        <message>
            <source>Alert</source>
            <translation>Предупреждение</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Скрыть</translation>
        </message>
        <message>
            <source>Dismiss the alert</source>
            <translation>Скрыть предупреждение</translation>
        </message>
        <message>
            <source>Hide this alert in every window; an overdue notice alerts again.</source>
            <translation>Скрыть это предупреждение во всех окнах; при просрочке уведомления оно появится снова.</translation>
        </message>
    </context>
    <context>
        <name>AreaEditor</name>
        <message>
            <source>Polygon (boundary points)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Circle (centre and radius)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ocean quadrant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Named body of water</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Boundary points of %1</source>
            <translation>Точки границы: %1</translation>
        </message>
        <message>
            <source>Centre of %1</source>
            <translation>Центр: %1</translation>
        </message>
        <message>
            <source>e.g. 25</source>
            <translation>напр. 25</translation>
        </message>
        <message>
            <source>km (kilometres)</source>
            <translation>км (километры)</translation>
        </message>
        <message>
            <source>NM (nautical miles)</source>
            <translation>NM (морские мили)</translation>
        </message>
        <message>
            <source>Choose an ocean</source>
            <translation>Выберите океан</translation>
        </message>
        <message>
            <source>Choose a quadrant</source>
            <translation>Выберите квадрант</translation>
        </message>
        <message>
            <source>e.g. Sea of Okhotsk</source>
            <translation>напр. Охотское море</translation>
        </message>
        <message>
            <source>Type of %1</source>
            <translation>Тип: %1</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>Удалить %1</translation>
        </message>
    </context>
    <context>
        <name>AreasSection</name>
        <message>
            <source>Launch and impact areas</source>
            <translation>Районы пуска и падения</translation>
        </message>
    </context>
    <context>
        <name>Arrivals</name>
        <message>
            <source>Export failed for %1 notice(s): %2</source>
            <translation>Не удалось выгрузить уведомления (%1): %2</translation>
        </message>
        <message>
            <source>%1 notice(s) written to the outbox.</source>
            <translation>Уведомлений записано в исходящие: %1.</translation>
        </message>
        <message>
            <source>Imports work again.</source>
            <translation>Приём файлов снова работает.</translation>
        </message>
        <message>
            <source>The station's store is damaged</source>
            <translation>Хранилище станции повреждено</translation>
        </message>
    </context>
    <context>
        <name>AuditAlarmBar</name>
        <message>
            <source>Audit log alarm</source>
            <translation>Тревога журнала аудита</translation>
        </message>
        <message>
            <source>Acknowledge as supervisor…</source>
            <translation>Подтвердить как старший смены…</translation>
        </message>
        <message>
            <source>AUDIT LOG ALARM (%1): nothing is written until a supervisor acknowledges.</source>
            <translation>ТРЕВОГА ЖУРНАЛА АУДИТА (%1): запись остановлена до подтверждения старшим смены.</translation>
        </message>
        <message>
            <source>Acknowledge the audit log alarm</source>
            <translation>Подтвердить тревогу журнала аудита</translation>
        </message>
        <message>
            <source>%1

A supervisor acknowledges this with their PIN. It is recorded in the audit log with what is missing; writing then resumes.</source>
            <translation>%1

Старший смены подтверждает это своим PIN-кодом. Подтверждение записывается в журнал аудита с указанием недостающего; после этого запись возобновляется.</translation>
        </message>
        <message>
            <source>&amp;Acknowledge</source>
            <translation>&amp;Подтвердить</translation>
        </message>
        <message>
            <source>Acknowledged by %1: %2 audit entries are missing. Re-import the notices still in processed/ with `watchdesk exchange reimport`.</source>
            <translation>Подтвердил %1; в журнале аудита недостаёт записей: %2. Повторно импортируйте уведомления, оставшиеся в processed/, командой `watchdesk exchange reimport`.</translation>
        </message>
        <message>
            <source>Audit log alarm acknowledged</source>
            <translation>Тревога журнала аудита подтверждена</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>Audit log (%1)</source>
            <translation>Журнал аудита (%1)</translation>
        </message>
        <message>
            <source>Search the audit log (officer, action, details)…</source>
            <translation>Поиск в журнале аудита (офицер, действие, подробности)…</translation>
        </message>
        <message>
            <source>Search the audit log</source>
            <translation>Поиск в журнале аудита</translation>
        </message>
        <message>
            <source>&amp;Verify chain</source>
            <translation>&amp;Проверить цепочку</translation>
        </message>
        <message>
            <source>Checking the audit chain</source>
            <translation>Проверка цепочки аудита</translation>
        </message>
        <message>
            <source>Audit log, newest first</source>
            <translation>Журнал аудита, сначала новые</translation>
        </message>
        <message>
            <source>%1 entries</source>
            <translation>Записей: %1</translation>
        </message>
        <message>
            <source>Checking %1 audit entries…</source>
            <translation>Проверка записей аудита (%1)…</translation>
        </message>
        <message>
            <source>(checked %1)</source>
            <translation>(проверено %1)</translation>
        </message>
    </context>
    <context>
        <name>ChangeOfWatchDialog</name>
        <message>
            <source>Notes given to the incoming officer</source>
            <translation>Записи для принимающего офицера</translation>
        </message>
        <message>
            <source>The outgoing officer writes the notes and gives them over; the watch can be taken only after the incoming officer has read them.</source>
            <translation>Сдающий офицер пишет записи и передаёт их; принять дежурство можно только после того, как принимающий офицер их прочитал.</translation>
        </message>
        <message>
            <source>Scroll to the end of the notes: every line must be read.</source>
            <translation>Прокрутите записи до конца: нужно прочитать каждую строку.</translation>
        </message>
        <message>
            <source>Incoming officer: read the notes, then tick the box.</source>
            <translation>Принимающий офицер: прочитайте записи и поставьте отметку.</translation>
        </message>
        <message>
            <source>The incoming officer must read the outgoing officer's notes first: give them over, read them, and tick the box.</source>
            <translation>Принимающий офицер должен сначала прочитать записи сдающего: передайте их, прочитайте и поставьте отметку.</translation>
        </message>
        <message>
            <source>Print the handover summary to PDF</source>
            <translation>Печать сводки передачи дежурства в PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Файлы PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>ClockLabel</name>
        <message>
            <source>Current time, UTC and local</source>
            <translation>Текущее время, UTC и местное</translation>
        </message>
    </context>
    <context>
        <name>ComposeController</name>
        <message>
            <source>Draft not found</source>
            <translation>Черновик не найден</translation>
        </message>
        <message>
            <source>That draft no longer exists; it was released or deleted.</source>
            <translation>Этого черновика больше нет: он выпущен или удалён.</translation>
        </message>
        <message>
            <source>Template not found</source>
            <translation>Шаблон не найден</translation>
        </message>
        <message>
            <source>That template no longer exists.</source>
            <translation>Этого шаблона больше нет.</translation>
        </message>
        <message>
            <source>Select a notice first: in the Outbox for amendments, postponements, cancellations and post-launch reports; in the Inbox or Outbox to start a new notice from one.</source>
            <translation>Сначала выберите уведомление: в исходящих — для изменения, переноса, отмены и донесения о пуске; во входящих или исходящих — чтобы создать на его основе новое.</translation>
        </message>
        <message>
            <source>That notice is no longer in the store.</source>
            <translation>Этого уведомления больше нет в хранилище.</translation>
        </message>
        <message>
            <source>Postpone notice</source>
            <translation>Перенос уведомления</translation>
        </message>
        <message>
            <source>Amend notice</source>
            <translation>Изменение уведомления</translation>
        </message>
        <message>
            <source>Cancel notice</source>
            <translation>Отмена уведомления</translation>
        </message>
        <message>
            <source>Post-launch report</source>
            <translation>Донесение о пуске</translation>
        </message>
        <message>
            <source>New from notice</source>
            <translation>Новое на основе уведомления</translation>
        </message>
        <message>
            <source>the %1 draft to %2 last saved %3</source>
            <translation>черновик «%1» для %2, сохранён %3</translation>
        </message>
        <message>
            <source>Delete draft</source>
            <translation>Удаление черновика</translation>
        </message>
        <message>
            <source>Delete %1? It cannot be recovered.</source>
            <translation>Удалить %1? Восстановить его будет нельзя.</translation>
        </message>
        <message>
            <source>Rename template</source>
            <translation>Переименование шаблона</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Новое название:</translation>
        </message>
        <message>
            <source>Template not renamed</source>
            <translation>Шаблон не переименован</translation>
        </message>
        <message>
            <source>Delete template</source>
            <translation>Удаление шаблона</translation>
        </message>
        <message>
            <source>Delete the template '%1'?</source>
            <translation>Удалить шаблон «%1»?</translation>
        </message>
    </context>
    <context>
        <name>ComposeWindow</name>
        <message>
            <source>✔ All checks pass.</source>
            <translation>✔ Все проверки пройдены.</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Сообщение</translation>
        </message>
        <message>
            <source>no recipient yet</source>
            <translation>получатель не выбран</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 для %2</translation>
        </message>
        <message>
            <source>draft %1</source>
            <translation>черновик %1</translation>
        </message>
        <message>
            <source>new draft</source>
            <translation>новый черновик</translation>
        </message>
        <message>
            <source>drafted by %1</source>
            <translation>составил %1</translation>
        </message>
        <message>
            <source>Compose — %1 — Watchdesk</source>
            <translation>Составление — %1 — Watchdesk</translation>
        </message>
        <message>
            <source>Draft %1 saved %2</source>
            <translation>Черновик %1 сохранён %2</translation>
        </message>
        <message>
            <source>Not saved yet: the draft is saved as you type.</source>
            <translation>Ещё не сохранено: черновик сохраняется по мере набора.</translation>
        </message>
        <message>
            <source>NOT SAVED: %1</source>
            <translation>НЕ СОХРАНЕНО: %1</translation>
        </message>
        <message>
            <source>Save as template</source>
            <translation>Сохранение шаблона</translation>
        </message>
        <message>
            <source>Name of the template (for %1):</source>
            <translation>Название шаблона (для %1):</translation>
        </message>
        <message>
            <source>any counterpart</source>
            <translation>любой партнёр</translation>
        </message>
        <message>
            <source>Template not saved</source>
            <translation>Шаблон не сохранён</translation>
        </message>
        <message>
            <source>Saved as template '%1'.</source>
            <translation>Сохранено как шаблон «%1».</translation>
        </message>
        <message>
            <source>Sealing and writing to the outbox…</source>
            <translation>Запечатывание и запись в исходящие…</translation>
        </message>
        <message>
            <source>Released; the draft was removed.</source>
            <translation>Выпущено; черновик удалён.</translation>
        </message>
        <message>
            <source>Not released; the draft is kept.</source>
            <translation>Не выпущено; черновик сохранён.</translation>
        </message>
        <message>
            <source>Escape closes this window.</source>
            <translation>Escape закрывает это окно.</translation>
        </message>
        <message>
            <source>The release is still running; the window closes after it.</source>
            <translation>Выпуск ещё идёт; окно закроется после него.</translation>
        </message>
    </context>
    <context>
        <name>CounterpartDetail</name>
        <message>
            <source>Details of the selected counterpart</source>
            <translation>Сведения о выбранном партнёре</translation>
        </message>
    </context>
    <context>
        <name>CounterpartsPage</name>
        <message>
            <source>Counterparts (%1)</source>
            <translation>Партнёры (%1)</translation>
        </message>
        <message>
            <source>⚠ %1: key changed</source>
            <translation>⚠ %1: ключ изменён</translation>
        </message>
        <message>
            <source>Station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreement</source>
            <translation>Соглашение</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Обмен</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Counterparts</source>
            <translation>Партнёры</translation>
        </message>
        <message>
            <source>&amp;Import key card…</source>
            <translation>&amp;Импорт карточки ключа…</translation>
        </message>
        <message>
            <source>&amp;Verify key…</source>
            <translation>&amp;Проверить ключ…</translation>
        </message>
        <message>
            <source>Agreement &amp;profile…</source>
            <translation>П&amp;рофиль соглашения…</translation>
        </message>
        <message>
            <source>Retire a signing &amp;key…</source>
            <translation>Вывести &amp;ключ подписи…</translation>
        </message>
        <message>
            <source>Refuse files signed with one of this counterpart's keys from now on</source>
            <translation>Отныне отклонять файлы, подписанные одним из ключей этого партнёра</translation>
        </message>
        <message>
            <source>No counterparts yet. Import a counterpart's key card to exchange notices, then verify it with the counterpart's duty officer.</source>
            <translation>Партнёров пока нет. Импортируйте карточку ключа партнёра, чтобы обмениваться уведомлениями, затем проверьте её с дежурным офицером партнёра.</translation>
        </message>
        <message>
            <source>%1 in · %2 out · %3 to acknowledge · %4 awaited</source>
            <translation>%1 вх. · %2 исх. · %3 к подтверждению · %4 ожидается</translation>
        </message>
        <message>
            <source>Verify key again…</source>
            <translation>Проверить ключ снова…</translation>
        </message>
    </context>
    <context>
        <name>CredentialsDialog</name>
        <message>
            <source>Officer</source>
            <translation>Офицер</translation>
        </message>
        <message>
            <source> (supervisor)</source>
            <translation> (старший смены)</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN-код</translation>
        </message>
        <message>
            <source>&amp;Officer:</source>
            <translation>&amp;Офицер:</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>PIN-&amp;код:</translation>
        </message>
        <message>
            <source>There is no active officer who can do this.</source>
            <translation>Нет действующего офицера, который может это сделать.</translation>
        </message>
    </context>
    <context>
        <name>DocumentPreview</name>
        <message>
            <source>Preview of the printout</source>
            <translation>Предпросмотр печати</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Предпросмотр</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Печать…</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>&amp;Сохранить в PDF…</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Предыдущая страница</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Следующая страница</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Увеличить</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Уменьшить</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>По ширине</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>Страница целиком</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Страница</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>Страница %1</translation>
        </message>
        <message>
            <source>  Page %1 of %2</source>
            <translation>  Страница %1 из %2</translation>
        </message>
    </context>
    <context>
        <name>DurationField</name>
        <message>
            <source>min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, unit</source>
            <translation>, единица</translation>
        </message>
    </context>
    <context>
        <name>EchoLabel</name>
        <message>
            <source>%1 as read</source>
            <translation>%1: как распознано</translation>
        </message>
    </context>
    <context>
        <name>EntryField</name>
        <message>
            <source>e.g. 28-30.00N 080-30.00W, 2830N08030W or 28.5, -80.5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UTC, e.g. 2026-11-29 18:00Z or 291800Z NOV 26</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportCommand</name>
        <message>
            <source>write a CAP 1.2 alert (XML)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write KML for Google Earth and other GIS tools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write GeoJSON (RFC 7946)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write a NOTAM/NAVAREA-style plain-text draft</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FieldMessage</name>
        <message>
            <source>Problems with %1</source>
            <translation>Ошибки в поле %1</translation>
        </message>
    </context>
    <context>
        <name>FirstOfficerDialog</name>
        <message>
            <source>First officer of the station</source>
            <translation>Первый офицер станции</translation>
        </message>
        <message>
            <source>No officers are registered on this station yet. Create the first one now: a supervisor, who can then add the other officers (Station → Officers).</source>
            <translation>На этой станции ещё нет зарегистрированных офицеров. Создайте сейчас первого — старшего смены, который затем добавит остальных офицеров (Станция → Офицеры).</translation>
        </message>
        <message>
            <source>Name of the first supervisor</source>
            <translation>Имя первого старшего смены</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN-код</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>PIN-код ещё раз</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Имя:</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>PIN-&amp;код:</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>PIN-код ещё &amp;раз:</translation>
        </message>
        <message>
            <source>&amp;Create supervisor</source>
            <translation>&amp;Создать старшего смены</translation>
        </message>
    </context>
    <context>
        <name>HandlingSection</name>
        <message>
            <source>Handling: sequence, signature, keys</source>
            <translation>Служебные данные: порядковый номер, подпись, ключи</translation>
        </message>
        <message>
            <source>Show the handling facts: sequence, signature, keys</source>
            <translation>Показать служебные данные: порядковый номер, подпись, ключи</translation>
        </message>
        <message>
            <source>Handling facts</source>
            <translation>Служебные данные</translation>
        </message>
    </context>
    <context>
        <name>KeyAlertBanner</name>
        <message>
            <source>Verify the key…</source>
            <translation>Проверить ключ…</translation>
        </message>
    </context>
    <context>
        <name>KeyCards</name>
        <message>
            <source>Key cards (*.json *.wdk *.txt);;All files (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LastHandoverDialog</name>
        <message>
            <source>Last handover — %1</source>
            <translation>Последняя передача дежурства — %1</translation>
        </message>
        <message>
            <source>%1 handed the watch over to %2 at %3.</source>
            <translation>%1 передал дежурство %2 в %3.</translation>
        </message>
        <message>
            <source>&amp;Print to PDF…</source>
            <translation>&amp;Печать в PDF…</translation>
        </message>
        <message>
            <source>Print the handover summary to PDF</source>
            <translation>Печать сводки передачи дежурства в PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Файлы PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notice</source>
            <translation>&amp;Уведомление</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Navigation</source>
            <translation>Навигация</translation>
        </message>
        <message>
            <source>Details of the selected item</source>
            <translation>Сведения о выбранном элементе</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Обновить</translation>
        </message>
        <message>
            <source>&amp;Find in this list</source>
            <translation>&amp;Найти в этом списке</translation>
        </message>
        <message>
            <source>&amp;Night palette</source>
            <translation>Ночная &amp;палитра</translation>
        </message>
        <message>
            <source>Write audit &amp;checkpoint</source>
            <translation>Записать &amp;контрольную точку аудита</translation>
        </message>
        <message>
            <source>&amp;About Watchdesk</source>
            <translation>&amp;О программе Watchdesk</translation>
        </message>
        <message>
            <source>The night palette is not kept for the next start: %1</source>
            <translation>Ночная палитра не сохранится до следующего запуска: %1</translation>
        </message>
        <message>
            <source>Exchange: no counterpart folders yet</source>
            <translation>Обмен: папок партнёров пока нет</translation>
        </message>
        <message>
            <source>Exchange: </source>
            <translation>Обмен: </translation>
        </message>
        <message>
            <source>Signed an audit checkpoint over %1 entries.</source>
            <translation>Подписана контрольная точка аудита по записям: %1.</translation>
        </message>
        <message>
            <source>No audit checkpoint was written: %1</source>
            <translation>Контрольная точка аудита не записана: %1</translation>
        </message>
        <message>
            <source>About Watchdesk</source>
            <translation>О программе Watchdesk</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Watchdesk %1&lt;/h3&gt;&lt;p&gt;The duty officer's console for launch-notification exchange.&lt;/p&gt;&lt;p&gt;Station: %2 (%3)&lt;br&gt;Data dir: %4&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Watchdesk %1&lt;/h3&gt;&lt;p&gt;Консоль дежурного офицера для обмена уведомлениями о пусках.&lt;/p&gt;&lt;p&gt;Станция: %2 (%3)&lt;br&gt;Каталог данных: %4&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>NewOfficerDialog</name>
        <message>
            <source>Add an officer</source>
            <translation>Добавление офицера</translation>
        </message>
        <message>
            <source>Name of the new officer</source>
            <translation>Имя нового офицера</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>PIN of the new officer</source>
            <translation>PIN-код нового офицера</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>PIN-код ещё раз</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Имя:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Роль:</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>PIN-&amp;код:</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>PIN-код ещё р&amp;аз:</translation>
        </message>
        <message>
            <source>An officer needs a name.</source>
            <translation>У офицера должно быть имя.</translation>
        </message>
    </context>
    <context>
        <name>NewPinDialog</name>
        <message>
            <source>New PIN for %1</source>
            <translation>Новый PIN-код для %1</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Новый PIN-код</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>Новый PIN-код ещё раз</translation>
        </message>
        <message>
            <source>New &amp;PIN:</source>
            <translation>Новый PIN-&amp;код:</translation>
        </message>
        <message>
            <source>New PIN &amp;again:</source>
            <translation>Новый PIN-код ещё &amp;раз:</translation>
        </message>
    </context>
    <context>
        <name>NoticeDetailPane</name>
        <message>
            <source>Details of the selected notice</source>
            <translation>Сведения о выбранном уведомлении</translation>
        </message>
        <message>
            <source>Select a notice to read it here.</source>
            <translation>Выберите уведомление, чтобы прочитать его здесь.</translation>
        </message>
        <message>
            <source>Select a notice we sent to see where it stands.</source>
            <translation>Выберите отправленное уведомление, чтобы увидеть его состояние.</translation>
        </message>
    </context>
    <context>
        <name>NoticeForm</name>
        <message>
            <source>Launch notification</source>
            <translation>Уведомление о пуске</translation>
        </message>
        <message>
            <source>Amendment or postponement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancellation</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Post-launch report</source>
            <translation>Донесение о пуске</translation>
        </message>
        <message>
            <source>General communication</source>
            <translation>Общее сообщение</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Impact area I%1</source>
            <translation>Район падения I%1</translation>
        </message>
        <message>
            <source>Replacement launch details</source>
            <translation>Новые данные о пуске</translation>
        </message>
        <message>
            <source>Launch details</source>
            <translation>Данные о пуске</translation>
        </message>
        <message>
            <source>R&amp;eason (optional):</source>
            <translation>Пр&amp;ичина (необязательно):</translation>
        </message>
        <message>
            <source>R&amp;eason:</source>
            <translation>Пр&amp;ичина:</translation>
        </message>
        <message>
            <source>Refers to: %1</source>
            <translation>Ссылка на: %1</translation>
        </message>
        <message>
            <source>%1 (not a counterpart of this station)</source>
            <translation>%1 (не партнёр этой станции)</translation>
        </message>
    </context>
    <context>
        <name>NoticeListView</name>
        <message>
            <source>Search notice text…</source>
            <translation>Поиск по тексту уведомлений…</translation>
        </message>
        <message>
            <source>Search notices</source>
            <translation>Поиск уведомлений</translation>
        </message>
        <message>
            <source>Sort by</source>
            <translation>Сортировка</translation>
        </message>
        <message>
            <source>Order of work: FLASH, overdue, deadline</source>
            <translation>Порядок работы: FLASH, просроченные, по сроку</translation>
        </message>
        <message>
            <source>Unacknowledged FLASH notices first, then the overdue ones, then the others waiting by their acknowledgement deadline, soonest first; then the rest, newest first</source>
            <translation>Сначала неподтверждённые уведомления FLASH, затем просроченные, затем остальные ожидающие — по сроку подтверждения, ближайшие первыми; далее все прочие, новые первыми</translation>
        </message>
        <message>
            <source>Sort: newest first</source>
            <translation>Сортировка: сначала новые</translation>
        </message>
        <message>
            <source>Sort: %1</source>
            <translation>Сортировка: %1</translation>
        </message>
        <message>
            <source>Descending order</source>
            <translation>По убыванию</translation>
        </message>
        <message>
            <source>Reverse the order</source>
            <translation>Обратный порядок</translation>
        </message>
        <message>
            <source>&amp;Unacknowledged first</source>
            <translation>&amp;Неподтверждённые первыми</translation>
        </message>
        <message>
            <source>Unacknowledged first</source>
            <translation>Неподтверждённые первыми</translation>
        </message>
        <message>
            <source>Notices still waiting for an acknowledgement on top, the nearest deadline first</source>
            <translation>Уведомления, ещё ожидающие подтверждения получения, — вверху, ближайший срок первым</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Все статусы</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Все виды</translation>
        </message>
        <message>
            <source>All counterparts</source>
            <translation>Все партнёры</translation>
        </message>
        <message>
            <source>All precedences</source>
            <translation>Любая срочность</translation>
        </message>
        <message>
            <source>From (UTC date)</source>
            <translation>С (дата UTC)</translation>
        </message>
        <message>
            <source>To (UTC date)</source>
            <translation>По (дата UTC)</translation>
        </message>
        <message>
            <source>Show ac&amp;knowledgements</source>
            <translation>Показывать под&amp;тверждения</translation>
        </message>
        <message>
            <source>Show acknowledgements</source>
            <translation>Показывать подтверждения</translation>
        </message>
        <message>
            <source>List the counterpart's acknowledgements as rows of their own; otherwise each shows on the notice it acknowledges</source>
            <translation>Показывать подтверждения получения от партнёра отдельными строками; иначе каждое отображается при уведомлении, которое оно подтверждает</translation>
        </message>
        <message>
            <source>C&amp;lear filters</source>
            <translation>С&amp;бросить фильтры</translation>
        </message>
        <message>
            <source>From</source>
            <translation>С</translation>
        </message>
        <message>
            <source>to</source>
            <translation>по</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Любая</translation>
        </message>
        <message>
            <source>Inbox</source>
            <translation>Входящие</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>Исходящие</translation>
        </message>
        <message>
            <source>Listing failed: %1</source>
            <translation>Не удалось получить список: %1</translation>
        </message>
        <message>
            <source>Listing…</source>
            <translation>Получение списка…</translation>
        </message>
        <message>
            <source>1 notice</source>
            <translation>1 уведомление</translation>
        </message>
        <message>
            <source>%1 notices</source>
            <translation>Уведомлений: %1</translation>
        </message>
        <message>
            <source>No notices match these filters.</source>
            <translation>Нет уведомлений, подходящих под эти фильтры.</translation>
        </message>
        <message>
            <source>No incoming notices yet. Files from counterparts appear here as they arrive.</source>
            <translation>Входящих уведомлений пока нет. Файлы от партнёров появляются здесь по мере поступления.</translation>
        </message>
        <message>
            <source>Nothing sent yet.</source>
            <translation>Ещё ничего не отправлено.</translation>
        </message>
        <message>
            <source>from %1: no. %2</source>
            <translation>от %1: № %2</translation>
        </message>
        <message>
            <source>Missing notices %1. They have not arrived; if they do not come soon, ask the counterpart.</source>
            <translation>Пропущены уведомления %1. Они не поступили; если они не придут в ближайшее время, обратитесь к партнёру.</translation>
        </message>
        <message>
            <source>1 notice is past its acknowledgement deadline.</source>
            <translation>У 1 уведомления истёк срок подтверждения получения.</translation>
        </message>
        <message>
            <source>%1 notices are past their acknowledgement deadline.</source>
            <translation>Уведомлений с истёкшим сроком подтверждения получения: %1.</translation>
        </message>
        <message>
            <source>Acknowledge (Ctrl+K) or report a problem; Ctrl+J goes to the most urgent.</source>
            <translation>Подтвердите получение (Ctrl+K) или сообщите об ошибке; Ctrl+J — переход к самому срочному.</translation>
        </message>
        <message>
            <source>1 notice we sent was not acknowledged in time:</source>
            <translation>1 отправленное нами уведомление не подтверждено вовремя —</translation>
        </message>
        <message>
            <source>%1 notices we sent were not acknowledged in time:</source>
            <translation>Отправленных нами уведомлений, не подтверждённых вовремя: %1 —</translation>
        </message>
        <message>
            <source>follow up with the counterpart.</source>
            <translation>свяжитесь с партнёром.</translation>
        </message>
        <message>
            <source>%1 %2 no. %3 from %4</source>
            <translation>%1 %2 № %3 от %4</translation>
        </message>
        <message>
            <source>%1 %2 no. %3 to %4</source>
            <translation>%1 %2 № %3 для %4</translation>
        </message>
        <message>
            <source>%1: acknowledge within %2.</source>
            <translation>%1: подтвердить получение в течение %2.</translation>
        </message>
        <message>
            <source>%1: their acknowledgement is due within %2.</source>
            <translation>%1: их подтверждение ожидается в течение %2.</translation>
        </message>
        <message>
            <source>%1: acknowledgement OVERDUE %2.</source>
            <translation>%1: подтверждение получения ПРОСРОЧЕНО на %2.</translation>
        </message>
        <message>
            <source>%1: their acknowledgement is OVERDUE %2.</source>
            <translation>%1: их подтверждение ПРОСРОЧЕНО на %2.</translation>
        </message>
    </context>
    <context>
        <name>NoticeTable</name>
        <message>
            <source>Launch notification</source>
            <translation>Уведомление о пуске</translation>
        </message>
        <message>
            <source>Amendment</source>
            <translation>Изменение</translation>
        </message>
        <message>
            <source>Cancellation</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Post-launch report</source>
            <translation>Донесение о пуске</translation>
        </message>
        <message>
            <source>General communication</source>
            <translation>Общее сообщение</translation>
        </message>
        <message>
            <source>Acknowledgement</source>
            <translation>Подтверждение получения</translation>
        </message>
        <message>
            <source>Error report</source>
            <translation>Сообщение об ошибке</translation>
        </message>
    </context>
    <context>
        <name>Ocean</name>
        <message>
            <source>Atlantic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pacific</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arctic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Southern</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OfficersPage</name>
        <message>
            <source>Officers (%1)</source>
            <translation>Офицеры (%1)</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Офицер</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Officers</source>
            <translation>Офицеры</translation>
        </message>
        <message>
            <source>&amp;Add officer…</source>
            <translation>&amp;Добавить офицера…</translation>
        </message>
        <message>
            <source>&amp;Disable</source>
            <translation>&amp;Отключить</translation>
        </message>
        <message>
            <source>&amp;Reset PIN…</source>
            <translation>&amp;Сбросить PIN-код…</translation>
        </message>
        <message>
            <source>&amp;Unlock…</source>
            <translation>&amp;Разблокировать…</translation>
        </message>
        <message>
            <source>Adding an officer, disabling one, resetting a PIN and unlocking an officer locked after wrong PINs each need a supervisor's PIN.</source>
            <translation>Для добавления и отключения офицера, сброса PIN-кода и разблокировки офицера после неверных PIN-кодов нужен PIN-код старшего смены.</translation>
        </message>
        <message>
            <source>active</source>
            <translation>действует</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>отключён</translation>
        </message>
        <message>
            <source>, on watch</source>
            <translation>, на дежурстве</translation>
        </message>
        <message>
            <source>, locked until %1</source>
            <translation>, заблокирован до %1</translation>
        </message>
        <message>
            <source>&amp;Enable</source>
            <translation>&amp;Включить</translation>
        </message>
        <message>
            <source>Supervisor approval</source>
            <translation>Утверждение старшим смены</translation>
        </message>
        <message>
            <source>A supervisor approves this change with their PIN: %1</source>
            <translation>Старший смены утверждает это изменение своим PIN-кодом: %1</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Утвердить</translation>
        </message>
        <message>
            <source>Supervisor approval: %1</source>
            <translation>Утверждение старшим смены: %1</translation>
        </message>
        <message>
            <source>add %1 as %2</source>
            <translation>добавить %1 с ролью «%2»</translation>
        </message>
        <message>
            <source>Officer not added</source>
            <translation>Офицер не добавлен</translation>
        </message>
        <message>
            <source>Officer on watch</source>
            <translation>Офицер на дежурстве</translation>
        </message>
        <message>
            <source>%1 is on watch. Hand the watch over (Station → Change of watch) before disabling them.</source>
            <translation>%1 на дежурстве. Прежде чем отключить офицера, проведите передачу дежурства (Станция → Передача дежурства).</translation>
        </message>
        <message>
            <source>Last supervisor</source>
            <translation>Последний старший смены</translation>
        </message>
        <message>
            <source>%1 is the only active supervisor. Add another supervisor first, or nobody could manage officers any more.</source>
            <translation>%1 — единственный действующий старший смены. Сначала добавьте другого старшего смены, иначе управлять офицерами будет некому.</translation>
        </message>
        <message>
            <source>disable %1</source>
            <translation>отключить %1</translation>
        </message>
        <message>
            <source>enable %1</source>
            <translation>включить %1</translation>
        </message>
        <message>
            <source>new PIN for %1</source>
            <translation>новый PIN-код для %1</translation>
        </message>
        <message>
            <source>PIN not changed</source>
            <translation>PIN-код не изменён</translation>
        </message>
        <message>
            <source>unlock %1</source>
            <translation>разблокировать %1</translation>
        </message>
        <message>
            <source>Officer not unlocked</source>
            <translation>Офицер не разблокирован</translation>
        </message>
    </context>
    <context>
        <name>OwnStationPage</name>
        <message>
            <source>Our station</source>
            <translation>Наша станция</translation>
        </message>
        <message>
            <source>Our card fingerprint</source>
            <translation>Отпечаток нашей карточки</translation>
        </message>
        <message>
            <source>Our key card as a QR code</source>
            <translation>Наша карточка ключа в виде QR-кода</translation>
        </message>
        <message>
            <source>Our key card</source>
            <translation>Наша карточка ключа</translation>
        </message>
        <message>
            <source>Fingerprint:</source>
            <translation>Отпечаток:</translation>
        </message>
        <message>
            <source>Keys created:</source>
            <translation>Ключи созданы:</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>Папка данных:</translation>
        </message>
        <message>
            <source>&amp;Export key card…</source>
            <translation>&amp;Экспорт карточки ключа…</translation>
        </message>
        <message>
            <source>&amp;Print key card to PDF…</source>
            <translation>&amp;Печать карточки ключа в PDF…</translation>
        </message>
        <message>
            <source>&amp;Rotate our keys…</source>
            <translation>С&amp;менить наши ключи…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <source>Generation</source>
            <translation>Поколение</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Создано</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Выведено</translation>
        </message>
        <message>
            <source>Our key generations</source>
            <translation>Поколения наших ключей</translation>
        </message>
        <message>
            <source>Key generations (old keys are kept to open traffic sealed to them)</source>
            <translation>Поколения ключей (старые ключи хранятся, чтобы открывать адресованные им сообщения)</translation>
        </message>
        <message>
            <source> (current)</source>
            <translation> (текущее)</translation>
        </message>
    </context>
    <context>
        <name>Pairings</name>
        <message>
            <source>any two different officers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an officer and a supervisor</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PointListEdit</name>
        <message>
            <source>One position per line. The last line must repeat the first to close the ring.</source>
            <translation>По одной позиции в строке. Последняя строка должна повторять первую, чтобы замкнуть контур.</translation>
        </message>
        <message>
            <source>One position per line, e.g.
52-00.00N 160-00.00E
5200N16200E
…</source>
            <translation>По одной позиции в строке, напр.
52-00.00N 160-00.00E
5200N16200E
…</translation>
        </message>
        <message>
            <source>Close ring</source>
            <translation>Замкнуть контур</translation>
        </message>
        <message>
            <source>Close the ring of %1</source>
            <translation>Замкнуть контур %1</translation>
        </message>
        <message>
            <source>Append the first point so the ring is closed</source>
            <translation>Добавить первую точку в конец, чтобы замкнуть контур</translation>
        </message>
    </context>
    <context>
        <name>PreviewWindow</name>
        <message>
            <source>Preview — the record as it will be printed and sent (not yet sealed)</source>
            <translation>Предпросмотр — бланк в том виде, в каком он будет напечатан и отправлен (ещё не запечатан)</translation>
        </message>
    </context>
    <context>
        <name>PrintActions</name>
        <message>
            <source>Nothing printed: a printout names the officer on watch. Take the watch first.</source>
            <translation>Ничего не напечатано: в распечатке указывается дежурный офицер. Сначала заступите на дежурство.</translation>
        </message>
        <message>
            <source>Select a notice in the Inbox or Outbox first.</source>
            <translation>Сначала выберите уведомление во входящих или исходящих.</translation>
        </message>
        <message>
            <source>A printout is being printed; wait until it has gone to the printer.</source>
            <translation>Идёт печать; дождитесь, пока документ уйдёт на принтер.</translation>
        </message>
        <message>
            <source>Print the record</source>
            <translation>Печать бланка</translation>
        </message>
        <message>
            <source>Printing the record of no. %1…</source>
            <translation>Печать бланка № %1…</translation>
        </message>
        <message>
            <source>The record was not printed</source>
            <translation>Бланк не напечатан</translation>
        </message>
        <message>
            <source>Record of no. %1 sent to %2 (%3 pages).</source>
            <translation>Бланк № %1 отправлен на %2 (страниц: %3).</translation>
        </message>
        <message>
            <source>Print preview — record of %1</source>
            <translation>Предпросмотр печати — бланк %1</translation>
        </message>
        <message>
            <source>Save the record as PDF</source>
            <translation>Сохранение бланка в PDF</translation>
        </message>
        <message>
            <source>Saving the record of no. %1 as PDF…</source>
            <translation>Сохранение бланка № %1 в PDF…</translation>
        </message>
        <message>
            <source>The record was not saved as PDF</source>
            <translation>Бланк не сохранён в PDF</translation>
        </message>
        <message>
            <source>Record saved as %1.</source>
            <translation>Бланк сохранён как %1.</translation>
        </message>
        <message>
            <source>Save today's watch log as PDF</source>
            <translation>Сохранение сегодняшнего журнала дежурства в PDF</translation>
        </message>
        <message>
            <source>Saving the watch log of %1 as PDF…</source>
            <translation>Сохранение журнала дежурства за %1 в PDF…</translation>
        </message>
        <message>
            <source>The watch log was not saved as PDF</source>
            <translation>Журнал дежурства не сохранён в PDF</translation>
        </message>
        <message>
            <source>Watch log of %1 (%2 messages) saved as %3.</source>
            <translation>Журнал дежурства за %1 (сообщений: %2) сохранён как %3.</translation>
        </message>
        <message>
            <source>Print the watch log</source>
            <translation>Печать журнала дежурства</translation>
        </message>
        <message>
            <source>Printing the watch log of %1…</source>
            <translation>Печать журнала дежурства за %1…</translation>
        </message>
        <message>
            <source>The watch log was not printed</source>
            <translation>Журнал дежурства не напечатан</translation>
        </message>
        <message>
            <source>Watch log of %1 (%2 messages) sent to %3 (%4 pages).</source>
            <translation>Журнал дежурства за %1 (сообщений: %2) отправлен на %3 (страниц: %4).</translation>
        </message>
        <message>
            <source>Print preview — watch log of %1</source>
            <translation>Предпросмотр печати — журнал дежурства за %1</translation>
        </message>
    </context>
    <context>
        <name>QuarantineDetail</name>
        <message>
            <source>The quarantined file, inspected</source>
            <translation>Файл в карантине, результаты осмотра</translation>
        </message>
        <message>
            <source>Counterpart</source>
            <translation>Партнёр</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Quarantined</source>
            <translation>В карантине с</translation>
        </message>
        <message>
            <source>Kept at</source>
            <translation>Место хранения</translation>
        </message>
        <message>
            <source>SHA-256 when refused</source>
            <translation>SHA-256 при отклонении</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 байт</translation>
        </message>
        <message>
            <source>unchanged since it was refused</source>
            <translation>не изменился после отклонения</translation>
        </message>
        <message>
            <source>now %1</source>
            <translation>сейчас %1</translation>
        </message>
        <message>
            <source>First %1 bytes</source>
            <translation>Первые %1 байт</translation>
        </message>
    </context>
    <context>
        <name>QuarantineView</name>
        <message>
            <source>Quarantined files</source>
            <translation>Файлы в карантине</translation>
        </message>
        <message>
            <source>Files from counterparts that failed a check. They are kept, never deleted: open one to see why.</source>
            <translation>Файлы от партнёров, не прошедшие проверку. Они хранятся и никогда не удаляются: откройте файл, чтобы узнать причину.</translation>
        </message>
        <message>
            <source>Nothing in quarantine.</source>
            <translation>В карантине ничего нет.</translation>
        </message>
    </context>
    <context>
        <name>ReadingPane</name>
        <message>
            <source>The selected notice</source>
            <translation>Выбранное уведомление</translation>
        </message>
        <message>
            <source>Acknowledge this notice</source>
            <translation>Подтвердить получение этого уведомления</translation>
        </message>
        <message>
            <source>Report a &amp;problem…</source>
            <translation>Сообщить об &amp;ошибке…</translation>
        </message>
        <message>
            <source>Send an error report instead of an acknowledgement (%1)</source>
            <translation>Отправить сообщение об ошибке вместо подтверждения получения (%1)</translation>
        </message>
        <message>
            <source>What this amendment changes</source>
            <translation>Что меняет это изменение</translation>
        </message>
        <message>
            <source>The chain on record</source>
            <translation>Цепочка по нашим записям</translation>
        </message>
        <message>
            <source>Chain of references</source>
            <translation>Цепочка ссылок</translation>
        </message>
        <message>
            <source>Launch window (UTC)</source>
            <translation>Окно пуска (UTC)</translation>
        </message>
        <message>
            <source>What it says</source>
            <translation>Содержание</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Примечания</translation>
        </message>
        <message>
            <source>Print preview of the record…</source>
            <translation>Предпросмотр печати бланка…</translation>
        </message>
        <message>
            <source>The record as it prints (File → Print preview)</source>
            <translation>Бланк в том виде, в каком он печатается (Файл → Предпросмотр печати)</translation>
        </message>
        <message>
            <source>From %1 — %2</source>
            <translation>От %1 — %2</translation>
        </message>
        <message>
            <source>To %1 — %2</source>
            <translation>Для %1 — %2</translation>
        </message>
        <message>
            <source>no. %1</source>
            <translation>№ %1</translation>
        </message>
        <message>
            <source>DTG %1</source>
            <translation>DTG %1</translation>
        </message>
        <message>
            <source>read the latest amendment</source>
            <translation>читать последнее изменение</translation>
        </message>
        <message>
            <source>Acknowledge within %1 (due %2).</source>
            <translation>Подтвердить получение в течение %1 (срок %2).</translation>
        </message>
        <message>
            <source>Awaiting their acknowledgement: %1 left (due %2).</source>
            <translation>Ждём их подтверждения получения: осталось %1 (срок %2).</translation>
        </message>
        <message>
            <source>Acknowledgement OVERDUE %1 (was due %2). Acknowledge now or report a problem.</source>
            <translation>Подтверждение получения ПРОСРОЧЕНО на %1 (срок был %2). Подтвердите получение сейчас или сообщите об ошибке.</translation>
        </message>
        <message>
            <source>Their acknowledgement is OVERDUE %1 (was due %2): follow it up with %3.</source>
            <translation>Их подтверждение получения ПРОСРОЧЕНО на %1 (срок был %2): свяжитесь с %3.</translation>
        </message>
        <message>
            <source>%1 acknowledged it: %2</source>
            <translation>%1 подтвердил получение: %2</translation>
        </message>
        <message>
            <source>A problem report was sent instead of an acknowledgement.</source>
            <translation>Вместо подтверждения получения отправлено сообщение об ошибке.</translation>
        </message>
        <message>
            <source>%1 reported a problem with this notice: see the inbox.</source>
            <translation>%1 сообщил об ошибке в этом уведомлении: см. входящие.</translation>
        </message>
        <message>
            <source>No acknowledgement is asked for this notice.</source>
            <translation>Подтверждение получения этого уведомления не требуется.</translation>
        </message>
        <message>
            <source>⚠ PROBLEM: this message %1. It does not count as an acknowledgement; raise it with %2.</source>
            <translation>⚠ ОШИБКА: это сообщение %1. Оно не считается подтверждением получения; обратитесь к %2.</translation>
        </message>
        <message>
            <source>%1: this notice no longer stands.</source>
            <translation>%1: это уведомление утратило силу.</translation>
        </message>
        <message>
            <source>%1 reported a problem with it.</source>
            <translation>%1 сообщил об ошибке в нём.</translation>
        </message>
        <message>
            <source>Its receipt is still to be acknowledged (due %1).</source>
            <translation>Его получение ещё нужно подтвердить (срок %1).</translation>
        </message>
        <message>
            <source>%2 has not acknowledged it (due %1).</source>
            <translation>%2 не подтвердил его получение (срок %1).</translation>
        </message>
        <message>
            <source>Released; the file is not written yet (File → Export pending notices).</source>
            <translation>Выпущено; файл ещё не записан (Файл → Выгрузить ожидающие уведомления).</translation>
        </message>
        <message>
            <source>File written to the outbox.</source>
            <translation>Файл записан в исходящие.</translation>
        </message>
        <message>
            <source>Acknowledged by %1 at %2</source>
            <translation>Подтвердил %1 в %2</translation>
        </message>
        <message>
            <source>Acknowledging…</source>
            <translation>Подтверждение получения…</translation>
        </message>
        <message>
            <source>Sending the problem report…</source>
            <translation>Отправка сообщения об ошибке…</translation>
        </message>
        <message>
            <source>&amp;Acknowledge (%1)</source>
            <translation>&amp;Подтвердить получение (%1)</translation>
        </message>
        <message>
            <source>Sealing the acknowledgement…</source>
            <translation>Запечатывание подтверждения получения…</translation>
        </message>
        <message>
            <source>Sealing the problem report…</source>
            <translation>Запечатывание сообщения об ошибке…</translation>
        </message>
        <message>
            <source>Sent, but the file could not be written: %1. File → Export pending notices tries again.</source>
            <translation>Отправлено, но файл не удалось записать: %1. Пункт «Файл → Выгрузить ожидающие уведомления» повторит попытку.</translation>
        </message>
        <message>
            <source>Acknowledgement sealed and written to %1's outbox.</source>
            <translation>Подтверждение получения запечатано и записано в исходящие для %1.</translation>
        </message>
        <message>
            <source>Problem report sealed and written to %1's outbox.</source>
            <translation>Сообщение об ошибке запечатано и записано в исходящие для %1.</translation>
        </message>
        <message>
            <source>Not on record here (message %1…)</source>
            <translation>Здесь не зарегистрировано (сообщение %1…)</translation>
        </message>
        <message>
            <source>us</source>
            <translation>мы</translation>
        </message>
        <message>
            <source>them</source>
            <translation>они</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>From</source>
            <translation>От</translation>
        </message>
        <message>
            <source>DTG</source>
            <translation>DTG</translation>
        </message>
        <message>
            <source>(this notice)</source>
            <translation>(это уведомление)</translation>
        </message>
        <message>
            <source>The chain on record: %1</source>
            <translation>Цепочка по нашим записям: %1</translation>
        </message>
        <message>
            <source>Against %1 no. %2 (%3, %4):</source>
            <translation>Исходное: %1 № %2 (%3, %4):</translation>
        </message>
        <message>
            <source>The version it replaces (message %1…) is not on record here: compare the replacement details below by hand.</source>
            <translation>Заменяемая версия (сообщение %1…) здесь не зарегистрирована: сверьте новые данные ниже вручную.</translation>
        </message>
        <message>
            <source>No launch detail differs from the version it replaces.</source>
            <translation>Данные о пуске не отличаются от заменяемой версии.</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>(не указано)</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <source>Was</source>
            <translation>Было</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Стало</translation>
        </message>
        <message>
            <source>Replacement launch window (UTC)</source>
            <translation>Новое окно пуска (UTC)</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Нет.</translation>
        </message>
        <message>
            <source>Opens</source>
            <translation>Начало</translation>
        </message>
        <message>
            <source>Closes</source>
            <translation>Конец</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Длительность</translation>
        </message>
        <message>
            <source>, group launch</source>
            <translation>, групповой пуск</translation>
        </message>
        <message>
            <source>Vehicles</source>
            <translation>Носители</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Направление</translation>
        </message>
        <message>
            <source>message %1… (not held here)</source>
            <translation>сообщение %1… (здесь не хранится)</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>от %1</translation>
        </message>
        <message>
            <source>ours</source>
            <translation>наше</translation>
        </message>
        <message>
            <source>%1 no. %2 (%3, %4)</source>
            <translation>%1 № %2 (%3, %4)</translation>
        </message>
        <message>
            <source>The areas of the notice this one refers to (no. %1).</source>
            <translation>Районы уведомления, на которое ссылается это (№ %1).</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Подпись</translation>
        </message>
        <message>
            <source>valid: checked when the file was imported at %1</source>
            <translation>действительна: проверена при импорте файла в %1</translation>
        </message>
        <message>
            <source>Sender key</source>
            <translation>Ключ отправителя</translation>
        </message>
        <message>
            <source>(verified)</source>
            <translation>(проверен)</translation>
        </message>
        <message>
            <source>(NOT verified)</source>
            <translation>(НЕ проверен)</translation>
        </message>
        <message>
            <source>sealed and signed by this station at %1</source>
            <translation>запечатано и подписано этой станцией в %1</translation>
        </message>
        <message>
            <source>Our key</source>
            <translation>Наш ключ</translation>
        </message>
        <message>
            <source>Sequence</source>
            <translation>Порядковый номер</translation>
        </message>
        <message>
            <source>Message id</source>
            <translation>Идентификатор сообщения</translation>
        </message>
        <message>
            <source>SHA-256 of the sealed file</source>
            <translation>SHA-256 запечатанного файла</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Соглашение</translation>
        </message>
        <message>
            <source>Drafted by</source>
            <translation>Составил</translation>
        </message>
        <message>
            <source>Released by</source>
            <translation>Выпустил</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Ошибка</translation>
        </message>
    </context>
    <context>
        <name>RejectedFile</name>
        <message>
            <source>the file is encrypted to key {key}, which is none of this station's encryption keys (current or previous); it is meant for another station, or for a key generation this station no longer holds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file says it comes from {sender}, a station with no key card on record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is {size} bytes; the limit is {limit} bytes (1 MiB)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file contains a non-ASCII byte ({byte} at offset {offset})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file has data after the sealed notice (at offset {offset}); only a single line feed may follow it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is not a sealed notice: unexpected character at offset {offset}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is not a sealed notice: a JWE compact serialization has 5 parts, this has {count}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReleaseDialog</name>
        <message>
            <source>Choose an officer</source>
            <translation>Выберите офицера</translation>
        </message>
        <message>
            <source>Release of %1 to %2: %3</source>
            <translation>Выпуск: %1 для %2: %3</translation>
        </message>
    </context>
    <context>
        <name>RetireKeyDialog</name>
        <message>
            <source>Retire a signing key of %1</source>
            <translation>Вывод ключа подписи %1 из действия</translation>
        </message>
        <message>
            <source>Retire a key when %1 tells you it no longer uses it, or when it may have fallen into other hands. Files signed with a retired key are refused.</source>
            <translation>Выводите ключ из действия, когда %1 сообщает, что больше его не использует, или когда он мог попасть в чужие руки. Файлы, подписанные выведенным ключом, отклоняются.</translation>
        </message>
        <message>
            <source>Signing key to retire</source>
            <translation>Ключ подписи для вывода из действия</translation>
        </message>
        <message>
            <source>current key</source>
            <translation>текущий ключ</translation>
        </message>
        <message>
            <source>earlier key</source>
            <translation>прежний ключ</translation>
        </message>
        <message>
            <source>The key is &amp;compromised: refuse every file it signs, whatever its date</source>
            <translation>Ключ &amp;скомпрометирован: отклонять все подписанные им файлы независимо от даты</translation>
        </message>
        <message>
            <source>&amp;Retire this key</source>
            <translation>&amp;Вывести ключ из действия</translation>
        </message>
        <message>
            <source>Every signing key of %1 is already retired as compromised.</source>
            <translation>Все ключи подписи %1 уже выведены из действия как скомпрометированные.</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>supervisor</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Rules</name>
        <message>
            <source>message kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recipient station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>precedence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>drafting officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>message content</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vehicle category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>number of vehicles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>group launch flag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>launch area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>window opening time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>window closing time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>planned direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>impact areas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>remarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>message being amended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>amended launch details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>message being cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>message being reported on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>actual launch time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>message being acknowledged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>digest of the acknowledged message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>time received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>time acknowledged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>acknowledging officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>message being reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>area type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>boundary points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>circle centre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>circle radius</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>radius unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ocean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>quadrant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>latitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>longitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a polygon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a circle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an ocean quadrant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a body of water</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The agreement profile '{profile}' does not provide for launch notifications.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The agreement profile '{profile}' does not provide for amendments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The agreement profile '{profile}' does not provide for cancellations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The agreement profile '{profile}' does not provide for post-launch reports.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The agreement profile '{profile}' does not provide for general communications.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The agreement profile '{profile}' does not provide for acknowledgements.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The agreement profile '{profile}' does not provide for error reports.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Schema</name>
        <message>
            <source>text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>true or false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>null</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SendCommand</name>
        <message>
            <source>{path} is an acknowledgement: an acknowledgement is sent with `watchdesk ack ID`, which names the notice it acknowledges.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings of %1</source>
            <translation>Настройки %1</translation>
        </message>
        <message>
            <source>Exchange folders (empty: the station's own folder)</source>
            <translation>Папки обмена (пусто — собственная папка станции)</translation>
        </message>
        <message>
            <source>No counterparts yet.</source>
            <translation>Партнёров пока нет.</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Формат бумаги</translation>
        </message>
        <message>
            <source>Two-person release: a second officer approves every notice</source>
            <translation>Выпуск двумя лицами: каждое уведомление утверждает второй офицер</translation>
        </message>
        <message>
            <source>Who may form the pair</source>
            <translation>Кто может составить пару</translation>
        </message>
        <message>
            <source>Sound IMMEDIATE traffic and overdue notices (FLASH always sounds)</source>
            <translation>Звуковой сигнал для сообщений IMMEDIATE и просроченных уведомлений (FLASH — всегда)</translation>
        </message>
        <message>
            <source>FLASH alarm repeats every</source>
            <translation>Сигнал FLASH повторяется каждые</translation>
        </message>
        <message>
            <source>IMMEDIATE alarm repeats every</source>
            <translation>Сигнал IMMEDIATE повторяется каждые</translation>
        </message>
        <message>
            <source> s</source>
            <translation> с</translation>
        </message>
        <message>
            <source>%1 (seconds) until acknowledged</source>
            <translation>%1 (секунды) до подтверждения</translation>
        </message>
        <message>
            <source>Handling banner</source>
            <translation>Гриф</translation>
        </message>
        <message>
            <source>Language of the console</source>
            <translation>Язык консоли</translation>
        </message>
        <message>
            <source>Night palette: dark and low-glare (View menu, %1)</source>
            <translation>Ночная палитра: тёмная, без бликов (меню «Вид», %1)</translation>
        </message>
        <message>
            <source>&amp;Paper size:</source>
            <translation>&amp;Формат бумаги:</translation>
        </message>
        <message>
            <source>Pair &amp;made of:</source>
            <translation>&amp;Состав пары:</translation>
        </message>
        <message>
            <source>&amp;FLASH alarm every:</source>
            <translation>Сигнал FLASH &amp;каждые:</translation>
        </message>
        <message>
            <source>&amp;IMMEDIATE alarm every:</source>
            <translation>Сигнал IMMEDIATE ка&amp;ждые:</translation>
        </message>
        <message>
            <source>Handling &amp;banner:</source>
            <translation>&amp;Гриф:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
    </context>
    <context>
        <name>StatusBanner</name>
        <message>
            <source>EXERCISE — not a real launch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TEST — a test of the channel, not a real launch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ACTUAL — this notifies a real event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No status chosen yet: EXERCISE, TEST or ACTUAL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message status: %1</source>
            <translation>Статус сообщения: %1</translation>
        </message>
    </context>
    <context>
        <name>VerifyKeyDialog</name>
        <message>
            <source>Verify the key of %1</source>
            <translation>Проверка ключа %1</translation>
        </message>
        <message>
            <source>%1's KEY HAS CHANGED since it was last verified (new card imported %2). Its traffic is held unopened until you compare the new safety number with %1.</source>
            <translation>КЛЮЧ %1 ИЗМЕНИЛСЯ с момента последней проверки (новая карточка импортирована %2). Сообщения от этой стороны не открываются, пока вы не сверите новый контрольный номер с %1.</translation>
        </message>
        <message>
            <source>Verified by %1 at %2. Compare again whenever in doubt; a mismatch changes nothing.</source>
            <translation>Проверил %1 в %2. При любом сомнении сверьте снова; несовпадение ничего не меняет.</translation>
        </message>
        <message>
            <source>%1's key is NOT VERIFIED yet: nothing is sent to %1 and nothing from it is opened until this number is confirmed.</source>
            <translation>Ключ %1 ещё НЕ ПРОВЕРЕН: ничего не отправляется для %1 и ничего от этой стороны не открывается, пока номер не подтверждён.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Safety number of %1 (%2) and %3 (%4)&lt;/b&gt;</source>
            <translation>&lt;b&gt;Контрольный номер %1 (%2) и %3 (%4)&lt;/b&gt;</translation>
        </message>
        <message>
            <source>1. Call the duty officer of %1 on the agreed line, or meet in person. Do not use the channel the key card came through.
2. Both consoles show this same number. Ask the other officer to read theirs aloud, group by group, and type what you hear below. Do not read yours out first.
3. Or compare the QR codes: scan both screens with a phone.</source>
            <translation>1. Позвоните дежурному офицеру %1 по согласованной линии или встретьтесь лично. Не используйте канал, по которому пришла карточка ключа.
2. Обе консоли показывают один и тот же номер. Попросите другого офицера зачитать свой номер вслух, группа за группой, и введите услышанное ниже. Не зачитывайте свой номер первым.
3. Или сверьте QR-коды: отсканируйте оба экрана телефоном.</translation>
        </message>
        <message>
            <source>Safety number</source>
            <translation>Контрольный номер</translation>
        </message>
        <message>
            <source>Safety number as a QR code</source>
            <translation>Контрольный номер в виде QR-кода</translation>
        </message>
        <message>
            <source>The same number as a QR code</source>
            <translation>Тот же номер в виде QR-кода</translation>
        </message>
        <message>
            <source>%1's card fingerprint:</source>
            <translation>Отпечаток карточки %1:</translation>
        </message>
        <message>
            <source>Our card fingerprint:</source>
            <translation>Отпечаток нашей карточки:</translation>
        </message>
        <message>
            <source>Safety number read out by %1</source>
            <translation>Контрольный номер, зачитанный %1</translation>
        </message>
        <message>
            <source>Type the 60 digits as %1 reads them; spaces do not matter</source>
            <translation>Вводите 60 цифр, как их зачитывает %1; пробелы не важны</translation>
        </message>
        <message>
            <source>Number &amp;read by %1:</source>
            <translation>Номер, &amp;зачитанный %1:</translation>
        </message>
        <message>
            <source>&amp;Mark the key verified</source>
            <translation>&amp;Отметить ключ как проверенный</translation>
        </message>
        <message>
            <source>Close without verifying</source>
            <translation>Закрыть без проверки</translation>
        </message>
        <message>
            <source>%1 of %2 digits</source>
            <translation>%1 из %2 цифр</translation>
        </message>
    </context>
    <context>
        <name>WatchStatusBar</name>
        <message>
            <source>Imports failing: see the inbox</source>
            <translation>Ошибки приёма файлов: см. входящие</translation>
        </message>
        <message>
            <source>On watch: %s</source>
            <translation>На дежурстве: %s</translation>
        </message>
        <message>
            <source>No officer on watch</source>
            <translation>Нет дежурного офицера</translation>
        </message>
    </context>
    <context>
        <name>WindowKeyAlertBar</name>
        <message>
            <source>Key alerts</source>
            <translation>Предупреждения о ключах</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <source>&amp;Print the selected notice…</source>
            <translation>Пе&amp;чать выбранного уведомления…</translation>
        </message>
        <message>
            <source>Print pre&amp;view of the selected notice</source>
            <translation>Предпросмотр печати выбранного &amp;уведомления</translation>
        </message>
        <message>
            <source>Save the selected notice as P&amp;DF…</source>
            <translation>Со&amp;хранить выбранное уведомление в PDF…</translation>
        </message>
        <message>
            <source>Save today's &amp;watch log as PDF…</source>
            <translation>Сохранить сегодняшний &amp;журнал дежурства в PDF…</translation>
        </message>
        <message>
            <source>Print today's watch &amp;log…</source>
            <translation>Печать сегодняшнего журнала &amp;дежурства…</translation>
        </message>
        <message>
            <source>Pre&amp;view today's watch log</source>
            <translation>Предпросмотр сегодняшнего журнала д&amp;ежурства</translation>
        </message>
    </context>
</TS>
