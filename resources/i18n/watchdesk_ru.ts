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
            <translation>Кому</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Краткое содержание</translation>
        </message>
        <message>
            <source>Drafted by</source>
            <translation>Составил</translation>
        </message>
        <message>
            <source>Last saved (UTC)</source>
            <translation>Последнее сохранение (UTC)</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Для</translation>
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
            <source>{field} of {area}</source>
            <translation>{area}: {field}</translation>
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
            <source>Launch area: {area} (named area, not outlined)</source>
            <translation>Район пуска: {area} (задан названием, без контура)</translation>
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
            <source>Impact area</source>
            <translation>Район падения</translation>
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
            <translation>ACTUAL: %1 воспримет это как настоящее сообщение (%2).</translation>
        </message>
        <message>
            <source>Under an exercise agreement, yet %1</source>
            <translation>Соглашение учебное, однако %1</translation>
        </message>
        <message>
            <source>EXERCISE: practice traffic; %1 will not read it as a real event.</source>
            <translation>EXERCISE: учебный обмен; %1 не воспримет его как реальное событие.</translation>
        </message>
        <message>
            <source>TEST: a test of the channel; it notifies no real event.</source>
            <translation>TEST: проверка канала; о реальном событии не уведомляет.</translation>
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
            <translation>Не выпущено: %1</translation>
        </message>
        <message>
            <source>Sealed as sequence %1 to %2</source>
            <translation>Запечатано под порядковым номером %1 для %2</translation>
        </message>
        <message>
            <source>%1; waiting for acknowledgement, due %2.</source>
            <translation>%1; ожидается подтверждение получения, срок %2.</translation>
        </message>
        <message>
            <source>%1.</source>
            <translation>%1.</translation>
        </message>
        <message>
            <source>%1, but it could not be written to the outbox: %2. It is kept and goes out with File → Export pending notices.</source>
            <translation>%1, но записать в исходящие не удалось: %2. Уведомление сохранено и будет отправлено через «Файл → Выгрузить ожидающие уведомления».</translation>
        </message>
        <message>
            <source>an unexpected error (%1)</source>
            <translation>непредвиденная ошибка (%1)</translation>
        </message>
        <message>
            <source>The release failed: %1. Check the Outbox before trying again.</source>
            <translation>Выпуск не выполнен: %1. Перед повторной попыткой проверьте исходящие.</translation>
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
            <source>This window stays in {kept} while it is open; it opens in {new} next time.</source>
            <translation>Пока это окно открыто, оно остаётся на прежнем языке ({kept}); при следующем открытии язык будет: {new}.</translation>
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
            <translation>Получатель не указан: выберите партнёра этой станции.</translation>
        </message>
        <message>
            <source>{recipient} is not a counterpart of this station.</source>
            <translation>{recipient} не является партнёром этой станции.</translation>
        </message>
        <message>
            <source>{recipient}'s key is not verified. Compare the safety number with {recipient} and verify the key before sending to it.</source>
            <translation>Ключ {recipient} не проверен. Сверьте контрольный номер с {recipient} и проверьте ключ до отправки.</translation>
        </message>
        <message>
            <source>The two-person rule is on: {problem} this release.</source>
            <translation>Действует правило двух лиц; для этого выпуска: {problem}.</translation>
        </message>
        <message>
            <source>The notice cannot be sent until these are fixed.</source>
            <translation>Уведомление нельзя отправить, пока это не исправлено.</translation>
        </message>
        <message>
            <source>The notice breaks the agreement's rules. Release it only with an override and a written reason.</source>
            <translation>Уведомление нарушает правила соглашения. Выпускать его можно только с отступлением от правил и письменным обоснованием.</translation>
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
            <translation>Получение уже подтвердил {officer} в {time}.</translation>
        </message>
        <message>
            <source>Say what the problem is.</source>
            <translation>Опишите ошибку.</translation>
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
            <translation>КЛЮЧ ИЗМЕНЁН: новый ключ %1 не проверен.</translation>
        </message>
        <message>
            <source>%1's key is not verified.</source>
            <translation>Ключ %1 не проверен.</translation>
        </message>
        <message>
            <source>%1 file(s) held unopened.</source>
            <translation>Файлов задержано без вскрытия: %1.</translation>
        </message>
        <message>
            <source>Compare the safety number with %1's duty officer.</source>
            <translation>Сверьте контрольный номер с дежурным офицером %1.</translation>
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
            <source>Key: %1</source>
            <translation>Ключ: %1</translation>
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
            <source>verified, but its current key is RETIRED</source>
            <translation>проверен, но его текущий ключ ВЫВЕДЕН ИЗ ДЕЙСТВИЯ</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>проверен</translation>
        </message>
        <message>
            <source>KEY CHANGED — not verified</source>
            <translation>КЛЮЧ ИЗМЕНЁН — не проверен</translation>
        </message>
        <message>
            <source>NOT VERIFIED</source>
            <translation>НЕ ПРОВЕРЕН</translation>
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
            <source>Language of their free text</source>
            <translation>Язык свободного текста партнёра</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>не указан</translation>
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
            <source>Unknown paper size '{paper}' (expected one of {known}).</source>
            <translation>Неизвестный формат бумаги '{paper}' (допустимые: {known}).</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>There is no printer named '{name}' (installed printers: {known}).</source>
            <translation>Принтера с именем '{name}' нет (установленные принтеры: {known}).</translation>
        </message>
        <message>
            <source>The printer '{printer}' reported an error.</source>
            <translation>Принтер '{printer}' сообщил об ошибке.</translation>
        </message>
        <message>
            <source>Could not write the PDF '{path}': {problem}.</source>
            <translation>Не удалось записать PDF '{path}': {problem}.</translation>
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
            <source>Key card of %1</source>
            <translation>Карточка ключа %1</translation>
        </message>
        <message>
            <source>Station id</source>
            <translation>Идентификатор станции</translation>
        </message>
        <message>
            <source>Key generation</source>
            <translation>Поколение ключей</translation>
        </message>
        <message>
            <source>Signing key (Ed25519)</source>
            <translation>Ключ подписи (Ed25519)</translation>
        </message>
        <message>
            <source>Encryption key (X25519)</source>
            <translation>Ключ шифрования (X25519)</translation>
        </message>
        <message>
            <source>The QR code holds the whole key card.</source>
            <translation>QR-код содержит всю карточку ключа.</translation>
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
            <translation>--officer {given} не является именем; укажите имя офицера так, как оно должно значиться в журнале аудита.</translation>
        </message>
        <message>
            <source>--officer {given}: a name starting with '{mark}' is kept for the OS account, which is used when --officer is left out.</source>
            <translation>--officer {given}: имена, начинающиеся с '{mark}', зарезервированы для учётной записи ОС, которая используется, если --officer не указан.</translation>
        </message>
        <message>
            <source>the disk is full (cannot write{where}); nothing half-written was kept. Free some space on it and run the command again.</source>
            <translation>диск заполнен (не удаётся записать{where}); частично записанные данные не сохранены. Освободите место на диске и повторите команду.</translation>
        </message>
        <message>
            <source>cannot use{where}: {error}. Check the folder's permissions (or that the medium is not read-only) and try again.</source>
            <translation>не удаётся использовать{where}: {error}. Проверьте права доступа к папке (или что носитель не защищён от записи) и повторите попытку.</translation>
        </message>
        <message>
            <source>cannot use{where}: input/output error. The disk or medium is failing; copy the data dir to a sound disk and try again.</source>
            <translation>не удаётся использовать{where}: ошибка ввода-вывода. Диск или носитель неисправен; скопируйте каталог данных на исправный диск и повторите попытку.</translation>
        </message>
        <message>
            <source>cannot use{where}: {error}. Check the path and try again.</source>
            <translation>не удаётся использовать{where}: {error}. Проверьте путь и повторите попытку.</translation>
        </message>
        <message>
            <source>this computer ran out of memory; nothing half-done was kept. Close other programs (or the console if it is open) and run the command again.</source>
            <translation>на компьютере закончилась память; частично выполненные действия не сохранены. Закройте другие программы (или консоль, если она открыта) и повторите команду.</translation>
        </message>
        <message>
            <source>the disk is full (the store said: {error}); nothing half-written was kept. Free some space and run the command again.</source>
            <translation>диск заполнен (сообщение хранилища: {error}); частично записанные данные не сохранены. Освободите место и повторите команду.</translation>
        </message>
        <message>
            <source>the store is busy ({error}); another watchdesk command or the console holds it. Wait a moment and try again.</source>
            <translation>хранилище занято ({error}); его использует другая команда watchdesk или консоль. Подождите и повторите попытку.</translation>
        </message>
        <message>
            <source>the store reported an error ({error}). Run `watchdesk audit verify`; if it says the store is damaged, restore the last backup with `watchdesk restore BACKUP`.</source>
            <translation>хранилище сообщило об ошибке ({error}). Выполните `watchdesk audit verify`; если хранилище повреждено, восстановите последнюю резервную копию командой `watchdesk restore BACKUP`.</translation>
        </message>
        <message>
            <source>this station's key card</source>
            <translation>карточка ключа этой станции</translation>
        </message>
        <message>
            <source>write this station's public key card to FILE</source>
            <translation>записать открытую карточку ключа этой станции в FILE</translation>
        </message>
        <message>
            <source>counterpart stations and their keys</source>
            <translation>станции-партнёры и их ключи</translation>
        </message>
        <message>
            <source>import a counterpart's key card (unverified until you verify it)</source>
            <translation>импортировать карточку ключа партнёра (не проверена, пока вы её не проверите)</translation>
        </message>
        <message>
            <source>mark a counterpart's key verified after comparing the safety number</source>
            <translation>отметить ключ партнёра как проверенный после сверки контрольного номера</translation>
        </message>
        <message>
            <source>the 60-digit safety number the other side read out</source>
            <translation>60-значный контрольный номер, зачитанный другой стороной</translation>
        </message>
        <message>
            <source>list counterparts, their keys and folders</source>
            <translation>список партнёров, их ключей и папок</translation>
        </message>
        <message>
            <source>list a counterpart's signing keys, current and earlier, and their state</source>
            <translation>список ключей подписи партнёра, текущих и прежних, и их состояние</translation>
        </message>
        <message>
            <source>refuse files signed with one of a counterpart's signing keys from now on (audited)</source>
            <translation>отныне отклонять файлы, подписанные одним из ключей подписи партнёра (с записью в журнал аудита)</translation>
        </message>
        <message>
            <source>the key id (thumbprint) shown by `watchdesk counterpart keys ID`; one that begins with '-' goes after '--' (retire-key ID -- -KID)</source>
            <translation>идентификатор ключа (отпечаток), выводимый командой `watchdesk counterpart keys ID`; идентификатор, начинающийся с «-», указывается после «--» (retire-key ID -- -KID)</translation>
        </message>
        <message>
            <source>the key is compromised: refuse every file it signs, whatever its date</source>
            <translation>ключ скомпрометирован: отклонять все подписанные им файлы независимо от даты</translation>
        </message>
        <message>
            <source>set a counterpart's inbox/outbox folders (removable media, drop folder)</source>
            <translation>задать папки входящих/исходящих партнёра (съёмный носитель, папка обмена)</translation>
        </message>
        <message>
            <source>import arrivals and export pending notices</source>
            <translation>принять поступившие и выгрузить ожидающие уведомления</translation>
        </message>
        <message>
            <source>import every counterpart's inbox folder now</source>
            <translation>немедленно принять файлы из папок входящих всех партнёров</translation>
        </message>
        <message>
            <source>import again the files in processed/ that the store does not hold (after a rollback)</source>
            <translation>повторно принять файлы из processed/, которых нет в хранилище (после отката)</translation>
        </message>
        <message>
            <source>write the released notices whose files are not written yet (a release writes its own)</source>
            <translation>записать выпущенные уведомления, файлы которых ещё не записаны (при выпуске файл записывается сразу)</translation>
        </message>
        <message>
            <source>say what a sealed file is, without storing it</source>
            <translation>показать, что представляет собой запечатанный файл, не сохраняя его</translation>
        </message>
        <message>
            <source>run a simulated counterpart station in its own data dir (--data-dir) that sends EXERCISE traffic</source>
            <translation>запустить имитируемую станцию-партнёра в отдельном каталоге данных (--data-dir), отправляющую трафик EXERCISE</translation>
        </message>
        <message>
            <source>our station's key card</source>
            <translation>карточка ключа нашей станции</translation>
        </message>
        <message>
            <source>our inbox folder for the simulated station</source>
            <translation>наша папка входящих для имитируемой станции</translation>
        </message>
        <message>
            <source>our outbox folder for the simulated station</source>
            <translation>наша папка исходящих для имитируемой станции</translation>
        </message>
        <message>
            <source>how many notices to send (0: run until interrupted)</source>
            <translation>сколько уведомлений отправить (0: до прерывания)</translation>
        </message>
        <message>
            <source>seconds between notices</source>
            <translation>интервал между уведомлениями, с</translation>
        </message>
        <message>
            <source>acknowledge our notices as they arrive (default); --no-auto-acknowledge leaves them waiting, for rehearsing overdue acknowledgements</source>
            <translation>подтверждать получение наших уведомлений по мере поступления (по умолчанию); --no-auto-acknowledge оставляет их неподтверждёнными для отработки просроченных подтверждений</translation>
        </message>
        <message>
            <source>play a script of timed traffic (JSON, docs/cli.md) instead of --count random notices</source>
            <translation>воспроизвести сценарий трафика по времени (JSON, docs/cli.md) вместо --count случайных уведомлений</translation>
        </message>
        <message>
            <source>how long a minute of the script lasts (default 60; less for a quick run-through)</source>
            <translation>длительность минуты сценария, с (по умолчанию 60; меньше — для быстрого прогона)</translation>
        </message>
        <message>
            <source>{path} is not a usable key card: {error}</source>
            <translation>{path} не является пригодной карточкой ключа: {error}</translation>
        </message>
        <message>
            <source>Key card of {station_id} written to {path}</source>
            <translation>Карточка ключа {station_id} записана в {path}</translation>
        </message>
        <message>
            <source>Fingerprint: {fingerprint}</source>
            <translation>Отпечаток: {fingerprint}</translation>
        </message>
        <message>
            <source>Added counterpart {station_id} ({name}); its key is NOT verified yet.</source>
            <translation>Добавлен партнёр {station_id} ({name}); его ключ ещё НЕ проверен.</translation>
        </message>
        <message>
            <source>{station_id}'s key card is the one already on record.</source>
            <translation>Карточка ключа {station_id} совпадает с уже зарегистрированной.</translation>
        </message>
        <message>
            <source>{station_id}'s key card of the same keys now carries a self-signature; it replaced the older card on record (the safety number and its verification are unchanged).</source>
            <translation>Карточка ключа {station_id} с теми же ключами теперь содержит самоподпись; она заменила прежнюю зарегистрированную карточку (контрольный номер и его проверка не изменились).</translation>
        </message>
        <message>
            <source>WARNING: {station_id}'s key CHANGED. Its traffic is held until you verify the new key.</source>
            <translation>ВНИМАНИЕ: ключ {station_id} ИЗМЕНЁН. Его трафик задерживается, пока вы не проверите новый ключ.</translation>
        </message>
        <message>
            <source>This is an older key card (version 1), with no self-signature: damage to it would show only in the safety number.</source>
            <translation>Это карточка ключа старого образца (версия 1) без самоподписи: её повреждение проявится только в контрольном номере.</translation>
        </message>
        <message>
            <source>Safety number to compare with {station_id} (by phone or in person):</source>
            <translation>Контрольный номер для сверки с {station_id} (по телефону или лично):</translation>
        </message>
        <message>
            <source>Then run: watchdesk counterpart verify {station_id} 'NUMBER THEY READ OUT'</source>
            <translation>Затем выполните: watchdesk counterpart verify {station_id} 'NUMBER THEY READ OUT'</translation>
        </message>
        <message>
            <source>Safety number: {number}</source>
            <translation>Контрольный номер: {number}</translation>
        </message>
        <message>
            <source>Compare it with the other side, then pass the number they read out as NUMBER.</source>
            <translation>Сверьте его с другой стороной, затем передайте зачитанный ею номер как NUMBER.</translation>
        </message>
        <message>
            <source>{station_id}'s key is verified. Held traffic will be imported.</source>
            <translation>Ключ {station_id} проверен. Задержанный трафик будет принят.</translation>
        </message>
        <message>
            <source>Earlier signing key {thumbprint}: {state}.</source>
            <translation>Прежний ключ подписи {thumbprint}: {state}.</translation>
        </message>
        <message>
            <source>Retired {station_id}'s signing key {thumbprint} (card {fingerprint}).</source>
            <translation>Ключ подписи {thumbprint} станции {station_id} выведен из действия (карточка {fingerprint}).</translation>
        </message>
        <message>
            <source>From now on: {state}; such files are quarantined with code retired_key.</source>
            <translation>С этого момента: {state}; такие файлы помещаются в карантин с кодом retired_key.</translation>
        </message>
        <message>
            <source>It is {station_id}'s CURRENT key: nothing it signs after the retirement is accepted until {station_id} sends a new key card and you verify it.</source>
            <translation>Это ТЕКУЩИЙ ключ {station_id}: ничто подписанное им после вывода из действия не принимается, пока {station_id} не пришлёт новую карточку ключа и вы её не проверите.</translation>
        </message>
        <message>
            <source>Another import is running on this station (the console or another `watchdesk exchange import`); it imports the files, so this one did nothing.</source>
            <translation>На этой станции уже идёт приём файлов (консоль или другая команда `watchdesk exchange import`); файлы примет она, эта команда ничего не сделала.</translation>
        </message>
        <message>
            <source>accepted, FLAGGED: {file}: {message}</source>
            <translation>принято С ОТМЕТКОЙ: {file}: {message}</translation>
        </message>
        <message>
            <source>gap: sequence numbers {numbers} have not arrived</source>
            <translation>пропуск: порядковые номера {numbers} не поступили</translation>
        </message>
        <message>
            <source>importing {counterpart}'s inbox stopped: {error}; its files wait in the inbox: fix that, then run the import again.</source>
            <translation>приём входящих {counterpart} остановлен: {error}; файлы остаются во входящих: устраните причину и повторите приём.</translation>
        </message>
        <message>
            <source>Another import is running on this station (the console or `watchdesk exchange import`); run the reimport again when it has finished.</source>
            <translation>На этой станции идёт приём файлов (консоль или `watchdesk exchange import`); выполните повторный приём ещё раз после его завершения.</translation>
        </message>
        <message>
            <source>{counterpart}: every file in processed/ is on record</source>
            <translation>{counterpart}: все файлы в processed/ зарегистрированы</translation>
        </message>
        <message numerus="yes">
            <source>{counterpart}: %n file(s) not on record; {report}</source>
            <translation>
                <numerusform>{counterpart}: %n файл не зарегистрирован; {report}</numerusform>
                <numerusform>{counterpart}: %n файла не зарегистрированы; {report}</numerusform>
                <numerusform>{counterpart}: %n файлов не зарегистрировано; {report}</numerusform>
            </translation>
        </message>
        <message>
            <source>stopped: {error}; the files wait in reimport/: run the reimport again</source>
            <translation>остановлено: {error}; файлы остаются в reimport/: выполните повторный приём ещё раз</translation>
        </message>
        <message>
            <source>Nothing to export: every released notice's file is written already.</source>
            <translation>Выгружать нечего: файлы всех выпущенных уведомлений уже записаны.</translation>
        </message>
        <message>
            <source>not exported: {message_id}: {error}</source>
            <translation>не выгружено: {message_id}: {error}</translation>
        </message>
        <message numerus="yes">
            <source>%n notice(s) written, {failed} failed</source>
            <translation>
                <numerusform>записано уведомлений: %n, с ошибкой: {failed}</numerusform>
                <numerusform>записано уведомлений: %n, с ошибкой: {failed}</numerusform>
                <numerusform>записано уведомлений: %n, с ошибкой: {failed}</numerusform>
            </translation>
        </message>
        <message>
            <source>{path} does not exist.</source>
            <translation>{path} не существует.</translation>
        </message>
        <message>
            <source>{path} could not be read: {error}.</source>
            <translation>Не удаётся прочитать {path}: {error}.</translation>
        </message>
        <message>
            <source>--minute {minute}: a minute cannot last less than no time.</source>
            <translation>--minute {minute}: минута не может длиться меньше нуля.</translation>
        </message>
        <message>
            <source>Created simulated station {station_id} in {data_dir}</source>
            <translation>Создана имитируемая станция {station_id} в {data_dir}</translation>
        </message>
        <message>
            <source>Simulated station's key card: {path} (import it with `watchdesk counterpart add`)</source>
            <translation>Карточка ключа имитируемой станции: {path} (импортируйте её командой `watchdesk counterpart add`)</translation>
        </message>
        <message>
            <source>sent {kind} {precedence} seq {sequence}; acknowledged {acknowledged}</source>
            <translation>отправлено: {kind} {precedence}, порядковый номер {sequence}; подтверждено: {acknowledged}</translation>
        </message>
        <message>
            <source>sent {kind} {precedence} seq {sequence}</source>
            <translation>отправлено: {kind} {precedence}, порядковый номер {sequence}</translation>
        </message>
        <message>
            <source>write a notice's launch and impact areas and window as CAP 1.2, KML, GeoJSON or a NOTAM draft</source>
            <translation>записать районы пуска и падения и окно уведомления в формате CAP 1.2, KML, GeoJSON или проекта NOTAM</translation>
        </message>
        <message>
            <source>Write the launch and impact areas and the window of one notice (a launch notification, an amendment or a cancellation) in a format the aviation, maritime and civil-protection authorities read. The export is audited in the officer's name.</source>
            <translation>Записать районы пуска и падения и окно одного уведомления (уведомления о пуске, изменения или отмены) в формате, который читают авиационные, морские органы и органы гражданской защиты. Выгрузка регистрируется в журнале аудита от имени офицера.</translation>
        </message>
        <message>
            <source>the notice's message id</source>
            <translation>идентификатор сообщения уведомления</translation>
        </message>
        <message>
            <source>Watchdesk: the duty officer's console for launch-notification exchange. Without a command it opens the console window.</source>
            <translation>Watchdesk: консоль дежурного офицера для обмена уведомлениями о пусках. Без команды открывает окно консоли.</translation>
        </message>
        <message>
            <source>Exit status: 0 done; 1 it could not be done (one sentence on stderr says why); 2 the command line is incomplete or wrong, or the console window cannot be shown; 3 a check found a problem (audit verify, verify FILE); 4 the station's rules refused it (a PIN, the two-person rule, the agreement); 5 the notice named is not on record; 6 the file given is not a valid notice (docs/cli.md).</source>
            <translation>Код завершения: 0 выполнено; 1 выполнить не удалось (причина — одно предложение в stderr); 2 командная строка неполна или ошибочна либо окно консоли не может быть показано; 3 проверка выявила проблему (audit verify, verify FILE); 4 отказ по правилам станции (PIN-код, правило двух лиц, соглашение); 5 указанное уведомление не зарегистрировано; 6 указанный файл не является действительным уведомлением (docs/cli.md).</translation>
        </message>
        <message>
            <source>the station's data dir (default: the platform's user data dir, here {default_dir})</source>
            <translation>каталог данных станции (по умолчанию: каталог пользовательских данных платформы, здесь {default_dir})</translation>
        </message>
        <message>
            <source>who runs the command, as the audit log names them (default: the OS account, as '{mark}ACCOUNT'); the console window's officer signs in instead</source>
            <translation>кто выполняет команду, под именем для журнала аудита (по умолчанию: учётная запись ОС в виде '{mark}ACCOUNT'); в окне консоли вместо этого входит офицер</translation>
        </message>
        <message>
            <source>open the embedded demo station (synthetic data)</source>
            <translation>открыть встроенную демонстрационную станцию (синтетические данные)</translation>
        </message>
        <message>
            <source>open the window, wait until it has painted with its inbox's first rows, print 'ready in N ms', exit</source>
            <translation>открыть окно, дождаться отрисовки первых строк входящих, вывести 'ready in N ms' и выйти</translation>
        </message>
        <message>
            <source>as --quit-when-ready, and print the milliseconds of each start-up phase to stderr</source>
            <translation>как --quit-when-ready, с выводом длительности каждой фазы запуска в миллисекундах в stderr</translation>
        </message>
        <message>
            <source>the language of the messages and help: {codes} (default: the system's locale)</source>
            <translation>язык сообщений и справки: {codes} (по умолчанию: язык системы)</translation>
        </message>
        <message>
            <source>'{given}' is not a language of the console; give one of: {languages}</source>
            <translation>'{given}' не является языком консоли; укажите один из: {languages}</translation>
        </message>
        <message>
            <source>--officer names who runs a command; in the console window the officer on watch signs in</source>
            <translation>--officer указывает, кто выполняет команду; в окне консоли входит дежурный офицер</translation>
        </message>
        <message>
            <source>list the stored notices, or show one as the reading pane does</source>
            <translation>список хранимых уведомлений или показ одного из них, как в области чтения</translation>
        </message>
        <message>
            <source>the notices, newest first, with deadline and chain state</source>
            <translation>уведомления, новые сверху, со сроком и состоянием цепочки</translation>
        </message>
        <message>
            <source>received (in) or sent (out); default both</source>
            <translation>полученные (in) или отправленные (out); по умолчанию оба вида</translation>
        </message>
        <message>
            <source>only notices with a DTG at or after TIME (2026-11-28T06:00:00Z, or a UTC day 2026-11-28)</source>
            <translation>только уведомления с DTG не ранее TIME (2026-11-28T06:00:00Z или сутки UTC 2026-11-28)</translation>
        </message>
        <message>
            <source>only notices still waiting for an acknowledgement</source>
            <translation>только уведомления, ещё ожидающие подтверждения получения</translation>
        </message>
        <message>
            <source>at most N notices</source>
            <translation>не более N уведомлений</translation>
        </message>
        <message>
            <source>one JSON object (docs/cli.md)</source>
            <translation>один объект JSON (docs/cli.md)</translation>
        </message>
        <message>
            <source>one notice, as the reading pane shows it</source>
            <translation>одно уведомление, как в области чтения</translation>
        </message>
        <message>
            <source>the notice's number in `notices list`, or its message id</source>
            <translation>номер уведомления в `notices list` или его идентификатор сообщения</translation>
        </message>
        <message>
            <source>keep a working translation of a received notice's free text (never sent; the original stays as received)</source>
            <translation>сохранить рабочий перевод свободного текста полученного уведомления (не отправляется; оригинал остаётся в полученном виде)</translation>
        </message>
        <message>
            <source>the free-text field, by its path in the notice</source>
            <translation>поле свободного текста, по его пути в уведомлении</translation>
        </message>
        <message>
            <source>the language translated into: en, ru or zh_CN</source>
            <translation>язык перевода: en, ru или zh_CN</translation>
        </message>
        <message>
            <source>the working translation</source>
            <translation>рабочий перевод</translation>
        </message>
        <message>
            <source>the translating officer, on the station's roll (the PIN is asked for)</source>
            <translation>офицер, выполняющий перевод, из списка станции (запрашивается PIN-код)</translation>
        </message>
        <message>
            <source>the translation kept, as one JSON object</source>
            <translation>сохранённый перевод в виде одного объекта JSON</translation>
        </message>
        <message>
            <source>acknowledge a received notice (the officer's PIN is asked for)</source>
            <translation>подтвердить получение уведомления (запрашивается PIN-код офицера)</translation>
        </message>
        <message>
            <source>the acknowledging officer, on the station's roll</source>
            <translation>офицер, подтверждающий получение, из списка станции</translation>
        </message>
        <message>
            <source>the acknowledgement sent, as one JSON object</source>
            <translation>отправленное подтверждение в виде одного объекта JSON</translation>
        </message>
        <message>
            <source>check a notice given as JSON against the agreement and release it (PINs are asked for)</source>
            <translation>проверить уведомление, заданное в JSON, на соответствие соглашению и выпустить его (запрашиваются PIN-коды)</translation>
        </message>
        <message>
            <source>the notice (docs/format.md, section 3) without sequence, sender, dtg and released_by</source>
            <translation>уведомление (docs/format.md, раздел 3) без sequence, sender, dtg и released_by</translation>
        </message>
        <message>
            <source>the officer who drafts and releases it</source>
            <translation>офицер, составляющий и выпускающий уведомление</translation>
        </message>
        <message>
            <source>the second officer, when the two-person rule is on</source>
            <translation>второй офицер, если действует правило двух лиц</translation>
        </message>
        <message>
            <source>release despite the agreement's warnings, for this reason (audited)</source>
            <translation>выпустить вопреки предупреждениям соглашения, по этой причине (с записью в журнал аудита)</translation>
        </message>
        <message>
            <source>the notice sent, as one JSON object</source>
            <translation>отправленное уведомление в виде одного объекта JSON</translation>
        </message>
        <message>
            <source>{given} is not a UTC time like 2026-11-28T06:00:00Z or a day like 2026-11-28</source>
            <translation>{given} не является временем UTC вида 2026-11-28T06:00:00Z или сутками вида 2026-11-28</translation>
        </message>
        <message>
            <source>{given} is not a whole number of 1 or more</source>
            <translation>{given} не является целым числом не меньше 1</translation>
        </message>
        <message>
            <source>no notice {notice} is on record at this station; `watchdesk notices list` shows their numbers.</source>
            <translation>уведомление {notice} на этой станции не зарегистрировано; номера выводит `watchdesk notices list`.</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} с</translation>
        </message>
        <message>
            <source>Acknowledged by {officer} at {time}.</source>
            <translation>Получение подтвердил {officer} в {time}.</translation>
        </message>
        <message>
            <source>{stamp}: this notice no longer stands.</source>
            <translation>{stamp}: это уведомление больше не действует.</translation>
        </message>
        <message>
            <source>{counterpart} acknowledged it: {acknowledged}</source>
            <translation>Партнёр {counterpart} подтвердил получение: {acknowledged}</translation>
        </message>
        <message>
            <source>A problem report was sent instead of an acknowledgement.</source>
            <translation>Вместо подтверждения получения отправлено сообщение об ошибке.</translation>
        </message>
        <message>
            <source>{counterpart} reported a problem with it.</source>
            <translation>Партнёр {counterpart} сообщил об ошибке в нём.</translation>
        </message>
        <message>
            <source>Its receipt is still to be acknowledged (due {due}).</source>
            <translation>Получение ещё не подтверждено (срок {due}).</translation>
        </message>
        <message>
            <source>{counterpart} has not acknowledged it (due {due}).</source>
            <translation>Партнёр {counterpart} не подтвердил получение (срок {due}).</translation>
        </message>
        <message>
            <source>Acknowledge within {left} (due {due}).</source>
            <translation>Подтвердить в течение {left} (срок {due}).</translation>
        </message>
        <message>
            <source>Awaiting their acknowledgement: {left} left (due {due}).</source>
            <translation>Ожидается их подтверждение: осталось {left} (срок {due}).</translation>
        </message>
        <message>
            <source>Acknowledgement OVERDUE {late} (was due {due}).</source>
            <translation>Подтверждение ПРОСРОЧЕНО на {late} (срок был {due}).</translation>
        </message>
        <message>
            <source>Their acknowledgement is OVERDUE {late} (was due {due}): follow it up with {counterpart}.</source>
            <translation>Их подтверждение ПРОСРОЧЕНО на {late} (срок был {due}): выясните причину у партнёра {counterpart}.</translation>
        </message>
        <message>
            <source>{counterpart} reported a problem with this notice: see the inbox.</source>
            <translation>Партнёр {counterpart} сообщил об ошибке в этом уведомлении: см. входящие.</translation>
        </message>
        <message>
            <source>No acknowledgement is asked for this notice.</source>
            <translation>Подтверждение получения этого уведомления не требуется.</translation>
        </message>
        <message>
            <source>Released; the file is not written yet (`watchdesk exchange export`).</source>
            <translation>Выпущено; файл ещё не записан (`watchdesk exchange export`).</translation>
        </message>
        <message>
            <source>File written to the outbox.</source>
            <translation>Файл записан в исходящие.</translation>
        </message>
        <message>
            <source>PROBLEM: {problem}</source>
            <translation>ОШИБКА: {problem}</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>(не указано)</translation>
        </message>
        <message>
            <source>From {counterpart}{name} · no. {sequence} · DTG {dtg}</source>
            <translation>От {counterpart}{name} · № {sequence} · DTG {dtg}</translation>
        </message>
        <message>
            <source>To {counterpart}{name} · no. {sequence} · DTG {dtg}</source>
            <translation>Кому {counterpart}{name} · № {sequence} · DTG {dtg}</translation>
        </message>
        <message>
            <source>Deadline: {words}</source>
            <translation>Срок: {words}</translation>
        </message>
        <message>
            <source>PROBLEM: this message {problem}. It does not count as an acknowledgement; raise it with {counterpart}.</source>
            <translation>ОШИБКА в этом сообщении: {problem}. Оно не считается подтверждением получения; обсудите это с {counterpart}.</translation>
        </message>
        <message>
            <source>Changes: the version it replaces is not on record here; compare the details by hand.</source>
            <translation>Изменения: заменяемая версия здесь не зарегистрирована; сверьте данные вручную.</translation>
        </message>
        <message>
            <source>Changes: no launch detail differs from the version it replaces.</source>
            <translation>Изменения: данные о пуске не отличаются от заменяемой версии.</translation>
        </message>
        <message>
            <source>Changes against the version it replaces:</source>
            <translation>Изменения по сравнению с заменяемой версией:</translation>
        </message>
        <message>
            <source>{field}: was {was}, now {now}</source>
            <translation>{field}: было {was}, стало {now}</translation>
        </message>
        <message>
            <source>Chain on record:</source>
            <translation>Зарегистрированная цепочка:</translation>
        </message>
        <message>
            <source>not on record here (message {message_id})</source>
            <translation>здесь не зарегистрировано (сообщение {message_id})</translation>
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
            <translation>{kind} № {sequence}</translation>
        </message>
        <message>
            <source>Handling:</source>
            <translation>Служебные данные:</translation>
        </message>
        <message>
            <source>signature: valid, checked when the file was imported at {time}</source>
            <translation>подпись: действительна, проверена при приёме файла в {time}</translation>
        </message>
        <message>
            <source>sender key: {key}</source>
            <translation>ключ отправителя: {key}</translation>
        </message>
        <message>
            <source>sealed and signed by this station at {time}; delivery: {delivery}</source>
            <translation>запечатано и подписано этой станцией в {time}; доставка: {delivery}</translation>
        </message>
        <message>
            <source>sequence {sequence} ({sender} -&gt; {recipient}), message id {message_id}</source>
            <translation>порядковый номер {sequence} ({sender} -&gt; {recipient}), идентификатор сообщения {message_id}</translation>
        </message>
        <message>
            <source>SHA-256 of the sealed file: {sha256}</source>
            <translation>SHA-256 запечатанного файла: {sha256}</translation>
        </message>
        <message>
            <source>drafted by {drafter}, released by {releaser}, approved by {approver}</source>
            <translation>составил: {drafter}, выпустил: {releaser}, утвердил: {approver}</translation>
        </message>
        <message>
            <source>drafted by {drafter}, released by {releaser}</source>
            <translation>составил: {drafter}, выпустил: {releaser}</translation>
        </message>
        <message>
            <source>released despite the agreement's warnings: {reason}</source>
            <translation>выпущено вопреки предупреждениям соглашения: {reason}</translation>
        </message>
        <message>
            <source>Notice:</source>
            <translation>Уведомление:</translation>
        </message>
        <message>
            <source>Free text: {caption}</source>
            <translation>Свободный текст: {caption}</translation>
        </message>
        <message>
            <source>No notices match.</source>
            <translation>Подходящих уведомлений нет.</translation>
        </message>
        <message>
            <source>ID	DIR	COUNTERPART	NO.	DTG	PRECEDENCE	KIND	STATUS	DEADLINE</source>
            <translation>ID	НАПР.	ПАРТНЁР	№	DTG	СРОЧНОСТЬ	ВИД	СТАТУС	СРОК</translation>
        </message>
        <message>
            <source>{what} sealed as sequence {sequence} to {counterpart} (notice {notice}, message {message_id}), but it could not be written to the outbox: {error}. It is kept; `watchdesk exchange export` writes it.</source>
            <translation>{what}: запечатано под порядковым номером {sequence} для {counterpart} (уведомление {notice}, сообщение {message_id}), но записать в исходящие не удалось: {error}. Уведомление сохранено; его запишет `watchdesk exchange export`.</translation>
        </message>
        <message>
            <source>{what} sealed as sequence {sequence} to {counterpart} (notice {notice}, message {message_id}); waiting for acknowledgement, due {due}.</source>
            <translation>{what}: запечатано под порядковым номером {sequence} для {counterpart} (уведомление {notice}, сообщение {message_id}); ожидается подтверждение получения, срок {due}.</translation>
        </message>
        <message>
            <source>{what} sealed as sequence {sequence} to {counterpart} (notice {notice}, message {message_id}).</source>
            <translation>{what}: запечатано под порядковым номером {sequence} для {counterpart} (уведомление {notice}, сообщение {message_id}).</translation>
        </message>
        <message>
            <source>File: {path}</source>
            <translation>Файл: {path}</translation>
        </message>
        <message>
            <source>{name} is not an active officer of this station; nothing was done.</source>
            <translation>{name} не является действующим офицером этой станции; ничего не сделано.</translation>
        </message>
        <message>
            <source>name the acknowledging officer with --officer NAME: an acknowledgement names the officer who made it.</source>
            <translation>укажите подтверждающего офицера в --officer NAME: в подтверждении получения указывается офицер, который его сделал.</translation>
        </message>
        <message>
            <source>Acknowledgement</source>
            <translation>Подтверждение получения</translation>
        </message>
        <message>
            <source>name the translating officer with --officer NAME: a working translation names the officer who made it.</source>
            <translation>укажите офицера, выполняющего перевод, параметром --officer NAME: в рабочем переводе указывается офицер, который его выполнил.</translation>
        </message>
        <message>
            <source>{path} is not UTF-8 text (byte {byte}).</source>
            <translation>{path} не является текстом UTF-8 (байт {byte}).</translation>
        </message>
        <message>
            <source>{path} is not JSON: {error} at line {line}, column {column}.</source>
            <translation>{path} не является JSON: {error}, строка {line}, столбец {column}.</translation>
        </message>
        <message>
            <source>{path} holds JSON but not a notice: a notice is a JSON object (docs/format.md, section 3).</source>
            <translation>{path} содержит JSON, но не уведомление: уведомление — это объект JSON (docs/format.md, раздел 3).</translation>
        </message>
        <message>
            <source>{path} gives {fields}: the station fills it in when it releases the notice; leave them out.</source>
            <translation>{path} задаёт {fields}: это поле станция заполняет при выпуске уведомления; не указывайте его.</translation>
        </message>
        <message>
            <source>{path} gives {fields}: the station fills them in when it releases the notice; leave them out.</source>
            <translation>{path} задаёт {fields}: эти поля станция заполняет при выпуске уведомления; не указывайте их.</translation>
        </message>
        <message>
            <source>{path} names {named} as drafted_by but --drafter is {drafter}: leave drafted_by out (--drafter fills it) or make the two agree.</source>
            <translation>{path} указывает {named} в drafted_by, а --drafter равен {drafter}: не указывайте drafted_by (его заполняет --drafter) или приведите их в соответствие.</translation>
        </message>
        <message>
            <source>message id {message_id} is on record already: give the notice a new one, or leave message_id out and the station makes one.</source>
            <translation>идентификатор сообщения {message_id} уже зарегистрирован: присвойте уведомлению новый или не указывайте message_id, и станция создаст его сама.</translation>
        </message>
        <message>
            <source>the notice {target} was already cancelled (outgoing sequence {sequence}); it cannot be amended.</source>
            <translation>уведомление {target} уже отменено (исходящий порядковый номер {sequence}); изменить его нельзя.</translation>
        </message>
        <message>
            <source>the notice {target} was already cancelled (outgoing sequence {sequence}); it cannot be cancelled again.</source>
            <translation>уведомление {target} уже отменено (исходящий порядковый номер {sequence}); повторно отменить его нельзя.</translation>
        </message>
        <message>
            <source>{path} cannot be sent until these are fixed; nothing was done.</source>
            <translation>{path} нельзя отправить, пока это не исправлено; ничего не сделано.</translation>
        </message>
        <message>
            <source>{path} is not a valid notice: {problem}; nothing was done.</source>
            <translation>{path} не является действительным уведомлением: {problem}; ничего не сделано.</translation>
        </message>
        <message>
            <source>the notice breaks the agreement's rules; release it only with --override-reason TEXT, which the audit log keeps. Nothing was done.</source>
            <translation>уведомление нарушает правила соглашения; выпускать его можно только с --override-reason TEXT, который сохраняется в журнале аудита. Ничего не сделано.</translation>
        </message>
        <message>
            <source>No rule of the agreement is broken: the override reason is not needed and is not recorded.</source>
            <translation>Правила соглашения не нарушены: обоснование отступления не требуется и не записывается.</translation>
        </message>
        <message>
            <source>the station's officers: list them, unlock one</source>
            <translation>офицеры станции: список, разблокировка</translation>
        </message>
        <message>
            <source>every officer with role, state and any lock</source>
            <translation>все офицеры с ролью, состоянием и блокировками</translation>
        </message>
        <message>
            <source>lift the lock of an officer locked after wrong PINs (a supervisor's PIN is asked for)</source>
            <translation>снять блокировку с офицера, заблокированного после неверных PIN-кодов (запрашивается PIN-код старшего смены)</translation>
        </message>
        <message>
            <source>the locked officer</source>
            <translation>заблокированный офицер</translation>
        </message>
        <message>
            <source>the supervisor who approves (another officer)</source>
            <translation>утверждающий старший смены (другой офицер)</translation>
        </message>
        <message>
            <source>{name} is not an active supervisor of this station.</source>
            <translation>{name} не является действующим старшим смены этой станции.</translation>
        </message>
        <message>
            <source>a locked officer cannot unlock themselves; another supervisor must.</source>
            <translation>заблокированный офицер не может разблокировать себя сам; это должен сделать другой старший смены.</translation>
        </message>
        <message>
            <source>there is no officer named {name}.</source>
            <translation>офицера с именем {name} нет.</translation>
        </message>
        <message>
            <source>{name} is not locked.</source>
            <translation>{name} не заблокирован.</translation>
        </message>
        <message>
            <source>PIN of {name}: </source>
            <translation>PIN-код {name}: </translation>
        </message>
        <message>
            <source>{name} unlocked by {supervisor}.</source>
            <translation>{name} разблокирован; разблокировал {supervisor}.</translation>
        </message>
        <message>
            <source>{asked} was not given and there is no terminal to ask it at: run the command at a terminal, or give each PIN as one line on standard input; nothing was done.</source>
            <translation>{asked} не указан, а терминала для запроса нет: выполните команду в терминале или передайте каждый PIN-код отдельной строкой на стандартный ввод; ничего не сделано.</translation>
        </message>
        <message numerus="yes">
            <source>{name} is locked after %n wrong PINs in a row until {until}; another supervisor can unlock them.</source>
            <translation>
                <numerusform>{name} заблокирован после %n неверного PIN-кода подряд до {until}; разблокировать может другой старший смены.</numerusform>
                <numerusform>{name} заблокирован после %n неверных PIN-кодов подряд до {until}; разблокировать может другой старший смены.</numerusform>
                <numerusform>{name} заблокирован после %n неверных PIN-кодов подряд до {until}; разблокировать может другой старший смены.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is not an active officer of this station.</source>
            <translation>{name} не является действующим офицером этой станции.</translation>
        </message>
        <message>
            <source>wrong PIN for {name}; nothing was done (1 try left before {name} is locked).</source>
            <translation>неверный PIN-код {name}; ничего не сделано (осталась 1 попытка до блокировки {name}).</translation>
        </message>
        <message numerus="yes">
            <source>wrong PIN for {name}; nothing was done (%n tries left before {name} is locked).</source>
            <translation>
                <numerusform>неверный PIN-код {name}; ничего не сделано (до блокировки {name} осталась %n попытка).</numerusform>
                <numerusform>неверный PIN-код {name}; ничего не сделано (до блокировки {name} осталось %n попытки).</numerusform>
                <numerusform>неверный PIN-код {name}; ничего не сделано (до блокировки {name} осталось %n попыток).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}'s PIN is shorter than %n digits, which this station no longer accepts: set a new one now.</source>
            <translation>
                <numerusform>PIN-код {name} короче %n цифры, а такие эта станция больше не принимает: задайте новый сейчас.</numerusform>
                <numerusform>PIN-код {name} короче %n цифр, а такие эта станция больше не принимает: задайте новый сейчас.</numerusform>
                <numerusform>PIN-код {name} короче %n цифр, а такие эта станция больше не принимает: задайте новый сейчас.</numerusform>
            </translation>
        </message>
        <message>
            <source>New PIN of {name} ({fewest} to 12 digits): </source>
            <translation>Новый PIN-код {name} (от {fewest} до 12 цифр): </translation>
        </message>
        <message>
            <source>New PIN of {name} again: </source>
            <translation>Новый PIN-код {name} ещё раз: </translation>
        </message>
        <message>
            <source>the two new PINs differ; nothing was done. Run the command again.</source>
            <translation>два новых PIN-кода не совпадают; ничего не сделано. Повторите команду.</translation>
        </message>
        <message>
            <source>{error} Nothing was done; run the command again.</source>
            <translation>{error} Ничего не сделано; повторите команду.</translation>
        </message>
        <message>
            <source>create a new station and its encrypted store</source>
            <translation>создать новую станцию и её зашифрованное хранилище</translation>
        </message>
        <message>
            <source>this station's id, e.g. NRRC-US</source>
            <translation>идентификатор этой станции, например NRRC-US</translation>
        </message>
        <message>
            <source>this station's name</source>
            <translation>название этой станции</translation>
        </message>
        <message>
            <source>where to write the recovery sheet as PDF (default: ./watchdesk-recovery-STATION.pdf); print it, keep it in the safe, and delete the file</source>
            <translation>куда записать лист восстановления в PDF (по умолчанию: ./watchdesk-recovery-STATION.pdf); распечатайте его, храните в сейфе, а файл удалите</translation>
        </message>
        <message>
            <source>check or checkpoint the audit log</source>
            <translation>проверить журнал аудита или создать контрольную точку</translation>
        </message>
        <message>
            <source>check the whole hash chain and its signed checkpoints</source>
            <translation>проверить всю хеш-цепочку и её подписанные контрольные точки</translation>
        </message>
        <message>
            <source>also check the chain against the audit head printed on a watch log or record (e.g. 1234:3f2a9c1b7d40e5a1)</source>
            <translation>также сверить цепочку с головой аудита, напечатанной в журнале дежурства или бланке (например, 1234:3f2a9c1b7d40e5a1)</translation>
        </message>
        <message>
            <source>as a supervisor, accept that the audit log is behind its signed head, so writing resumes</source>
            <translation>от имени старшего смены признать, что журнал аудита отстаёт от подписанной головы, чтобы возобновить запись</translation>
        </message>
        <message>
            <source>the supervisor's name (the PIN is asked for)</source>
            <translation>имя старшего смены (запрашивается PIN-код)</translation>
        </message>
        <message>
            <source>sign the audit log's current head now</source>
            <translation>подписать текущую голову журнала аудита сейчас</translation>
        </message>
        <message>
            <source>write a consistent encrypted copy of the store (console may run)</source>
            <translation>записать согласованную зашифрованную копию хранилища (консоль может работать)</translation>
        </message>
        <message>
            <source>replace the store with a checked backup (console closed)</source>
            <translation>заменить хранилище проверенной резервной копией (консоль закрыта)</translation>
        </message>
        <message>
            <source>put the store key back into the keyring from the recovery sheet</source>
            <translation>вернуть ключ хранилища в связку ключей по листу восстановления</translation>
        </message>
        <message>
            <source>Created station {station_id} in {data_dir}.</source>
            <translation>Станция {station_id} создана в {data_dir}.</translation>
        </message>
        <message>
            <source>Recovery sheet: {path}  (print it, store it safely, then delete the file)</source>
            <translation>Лист восстановления: {path}  (распечатайте, надёжно храните, затем удалите файл)</translation>
        </message>
        <message>
            <source>'{given}' is not an audit anchor; type it as printed on paper, COUNT:HASH (for example 1234:3f2a9c1b7d40e5a1).</source>
            <translation>'{given}' не является привязкой аудита; введите её так, как напечатано на бумаге, COUNT:HASH (например, 1234:3f2a9c1b7d40e5a1).</translation>
        </message>
        <message>
            <source>the paper anchor {count}:{hash} matches the chain</source>
            <translation>бумажная привязка {count}:{hash} совпадает с цепочкой</translation>
        </message>
        <message>
            <source>The audit log is not in its alarm state; there is nothing to acknowledge.</source>
            <translation>Журнал аудита не в состоянии тревоги; подтверждать нечего.</translation>
        </message>
        <message>
            <source>Wrong PIN for {name} (or no such officer); nothing was acknowledged.</source>
            <translation>Неверный PIN-код {name} (или такого офицера нет); ничего не подтверждено.</translation>
        </message>
        <message numerus="yes">
            <source>Acknowledged by {supervisor}: %n audit entries are missing. Writing resumes; re-import the notices still in processed/ with `watchdesk exchange reimport`.</source>
            <translation>
                <numerusform>Подтвердил {supervisor}: отсутствует %n запись аудита. Запись возобновляется; повторно примите уведомления, оставшиеся в processed/, командой `watchdesk exchange reimport`.</numerusform>
                <numerusform>Подтвердил {supervisor}: отсутствуют %n записи аудита. Запись возобновляется; повторно примите уведомления, оставшиеся в processed/, командой `watchdesk exchange reimport`.</numerusform>
                <numerusform>Подтвердил {supervisor}: отсутствуют %n записей аудита. Запись возобновляется; повторно примите уведомления, оставшиеся в processed/, командой `watchdesk exchange reimport`.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>signed checkpoint over %n audit entries</source>
            <translation>
                <numerusform>подписанная контрольная точка по %n записи аудита</numerusform>
                <numerusform>подписанная контрольная точка по %n записям аудита</numerusform>
                <numerusform>подписанная контрольная точка по %n записям аудита</numerusform>
            </translation>
        </message>
        <message>
            <source>backup written to {path}</source>
            <translation>резервная копия записана в {path}</translation>
        </message>
        <message>
            <source>store restored from {backup}; the previous store was kept as {kept}</source>
            <translation>хранилище восстановлено из {backup}; прежнее хранилище сохранено как {kept}</translation>
        </message>
        <message numerus="yes">
            <source>The restored audit log has {restored} entries; %n recorded since the backup are not in it. Re-import the notices still in processed/ with `watchdesk exchange reimport`.</source>
            <translation>
                <numerusform>Записей в восстановленном журнале аудита: {restored}; %n запись, сделанная после резервного копирования, в нём отсутствует. Повторно примите уведомления, оставшиеся в processed/, командой `watchdesk exchange reimport`.</numerusform>
                <numerusform>Записей в восстановленном журнале аудита: {restored}; %n записи, сделанные после резервного копирования, в нём отсутствуют. Повторно примите уведомления, оставшиеся в processed/, командой `watchdesk exchange reimport`.</numerusform>
                <numerusform>Записей в восстановленном журнале аудита: {restored}; %n записей, сделанных после резервного копирования, в нём отсутствуют. Повторно примите уведомления, оставшиеся в processed/, командой `watchdesk exchange reimport`.</numerusform>
            </translation>
        </message>
        <message>
            <source>Recovery code: </source>
            <translation>Код восстановления: </translation>
        </message>
        <message>
            <source>cannot read the recovery code: {error}</source>
            <translation>не удаётся прочитать код восстановления: {error}</translation>
        </message>
        <message>
            <source>The store key of station {station_id} is back in the keyring.</source>
            <translation>Ключ хранилища станции {station_id} возвращён в связку ключей.</translation>
        </message>
        <message>
            <source>polygon {points}</source>
            <translation>многоугольник {points}</translation>
        </message>
        <message>
            <source>must be a list of points</source>
            <translation>должно быть списком точек</translation>
        </message>
        <message numerus="yes">
            <source>has %n points; a closed ring needs at least 4 (first repeated last)</source>
            <translation>
                <numerusform>точек: %n; замкнутому контуру нужно не менее 4 (первая повторяется последней)</numerusform>
                <numerusform>точек: %n; замкнутому контуру нужно не менее 4 (первая повторяется последней)</numerusform>
                <numerusform>точек: %n; замкнутому контуру нужно не менее 4 (первая повторяется последней)</numerusform>
            </translation>
        </message>
        <message>
            <source>the ring is not closed: the last point must repeat the first</source>
            <translation>контур не замкнут: последняя точка должна повторять первую</translation>
        </message>
        <message>
            <source>circle radius must be a number</source>
            <translation>радиус круга должен быть числом</translation>
        </message>
        <message>
            <source>circle radius must be above zero (got {radius})</source>
            <translation>радиус круга должен быть больше нуля (указано {radius})</translation>
        </message>
        <message>
            <source>circle unit must be km or NM (got {unit})</source>
            <translation>единица радиуса круга должна быть km или NM (указано {unit})</translation>
        </message>
        <message>
            <source>circle radius {radius} {unit} around {centre}</source>
            <translation>круг радиусом {radius} {unit} с центром {centre}</translation>
        </message>
        <message>
            <source>must be a number above zero (got {radius})</source>
            <translation>должно быть числом больше нуля (указано {radius})</translation>
        </message>
        <message>
            <source>must be "km" or "NM" (got {unit})</source>
            <translation>должно быть "km" или "NM" (указано {unit})</translation>
        </message>
        <message>
            <source>{ocean} Ocean, {quadrant} quadrant</source>
            <translation>{ocean} океан, квадрант {quadrant}</translation>
        </message>
        <message>
            <source>must be one of {choices}</source>
            <translation>должно быть одним из значений: {choices}</translation>
        </message>
        <message>
            <source>must be one of NE, NW, SE, SW</source>
            <translation>должно быть одним из значений: NE, NW, SE, SW</translation>
        </message>
        <message>
            <source>a body of water needs a name of 1 to 100 characters</source>
            <translation>для водного пространства нужно название длиной от 1 до 100 символов</translation>
        </message>
        <message>
            <source>must be a name of 1 to 100 characters</source>
            <translation>должно быть названием длиной от 1 до 100 символов</translation>
        </message>
        <message>
            <source>an area must be an object with a "type"</source>
            <translation>район должен быть объектом с полем "type"</translation>
        </message>
        <message>
            <source>must be one of {choices} (got {value})</source>
            <translation>должно быть одним из значений: {choices} (указано {value})</translation>
        </message>
        <message>
            <source>an area must be an object</source>
            <translation>район должен быть объектом</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>отсутствует</translation>
        </message>
        <message>
            <source>is not a recognised field</source>
            <translation>неизвестное поле</translation>
        </message>
        <message>
            <source>a point must be an object with "lat" and "lon"</source>
            <translation>точка должна быть объектом с полями "lat" и "lon"</translation>
        </message>
        <message>
            <source>must map each area's name to the points of its outline</source>
            <translation>должно сопоставлять названию каждого района точки его контура</translation>
        </message>
        <message>
            <source>{name} is not a name of 1 to 100 characters</source>
            <translation>{name} не является названием длиной от 1 до 100 символов</translation>
        </message>
        <message>
            <source>names the same area as {other}</source>
            <translation>обозначает тот же район, что и {other}</translation>
        </message>
        <message>
            <source>latitude must be a number, not {type}</source>
            <translation>широта должна быть числом, а не {type}</translation>
        </message>
        <message>
            <source>longitude must be a number, not {type}</source>
            <translation>долгота должна быть числом, а не {type}</translation>
        </message>
        <message>
            <source>latitude is out of range (-{limit} to {limit})</source>
            <translation>широта вне допустимого диапазона (от -{limit} до {limit})</translation>
        </message>
        <message>
            <source>longitude is out of range (-{limit} to {limit})</source>
            <translation>долгота вне допустимого диапазона (от -{limit} до {limit})</translation>
        </message>
        <message>
            <source>latitude must be a finite number</source>
            <translation>широта должна быть конечным числом</translation>
        </message>
        <message>
            <source>longitude must be a finite number</source>
            <translation>долгота должна быть конечным числом</translation>
        </message>
        <message>
            <source>latitude {value} is out of range (-{limit} to {limit})</source>
            <translation>широта {value} вне допустимого диапазона (от -{limit} до {limit})</translation>
        </message>
        <message>
            <source>longitude {value} is out of range (-{limit} to {limit})</source>
            <translation>долгота {value} вне допустимого диапазона (от -{limit} до {limit})</translation>
        </message>
        <message>
            <source>a point must be an object with exactly "lat" and "lon"</source>
            <translation>точка должна быть объектом ровно с полями "lat" и "lon"</translation>
        </message>
        <message>
            <source>cannot read '{text}' as a coordinate: expected forms such as {forms}</source>
            <translation>не удаётся прочитать '{text}' как координату: ожидаются формы вида {forms}</translation>
        </message>
        <message>
            <source>'{text}': a dash between numbers is the NAVAREA degree-minute mark and needs the hemisphere letters (28-30.00N 080-30.00W); for a negative number put a space or comma before the minus sign (28.5, -80.5)</source>
            <translation>'{text}': дефис между числами — это разделитель градусов и минут в формате NAVAREA, он требует букв полушарий (28-30.00N 080-30.00W); для отрицательного числа поставьте пробел или запятую перед знаком минус (28.5, -80.5)</translation>
        </message>
        <message>
            <source>'{text}' has {count} separators; use one comma between latitude and longitude, and a point (not a comma) for decimals</source>
            <translation>'{text}': разделителей — {count}; ставьте одну запятую между широтой и долготой, а десятичную часть отделяйте точкой (не запятой)</translation>
        </message>
        <message>
            <source>'{text}' has only one hemisphere letter; give one for the latitude (N/S) and one for the longitude (E/W), or none</source>
            <translation>'{text}': указана только одна буква полушария; укажите одну для широты (N/S) и одну для долготы (E/W) или ни одной</translation>
        </message>
        <message>
            <source>'{text}' has {count} hemisphere letters; give one for the latitude (N/S) and one for the longitude (E/W), or none</source>
            <translation>'{text}': букв полушарий — {count}; укажите одну для широты (N/S) и одну для долготы (E/W) или ни одной</translation>
        </message>
        <message>
            <source>compact latitude '{number}' in '{text}' must have {short} digits (DDMM) or {long} digits (DDMMSS) before the hemisphere letter</source>
            <translation>в компактной широте '{number}' в '{text}' перед буквой полушария должно быть цифр: {short} (DDMM) или {long} (DDMMSS)</translation>
        </message>
        <message>
            <source>compact longitude '{number}' in '{text}' must have {short} digits (DDDMM) or {long} digits (DDDMMSS) before the hemisphere letter</source>
            <translation>в компактной долготе '{number}' в '{text}' перед буквой полушария должно быть цифр: {short} (DDDMM) или {long} (DDDMMSS)</translation>
        </message>
        <message>
            <source>'{text}': degrees have a decimal part, so minutes cannot follow</source>
            <translation>'{text}': у градусов есть дробная часть, поэтому минуты указывать нельзя</translation>
        </message>
        <message>
            <source>'{text}': minutes have a decimal part, so seconds cannot follow</source>
            <translation>'{text}': у минут есть дробная часть, поэтому секунды указывать нельзя</translation>
        </message>
        <message>
            <source>'{text}': minutes cannot have a sign; put the sign on the degrees</source>
            <translation>'{text}': у минут не может быть знака; ставьте знак перед градусами</translation>
        </message>
        <message>
            <source>'{text}': minutes must be below 60 (got {minutes})</source>
            <translation>'{text}': минуты должны быть меньше 60 (указано {minutes})</translation>
        </message>
        <message>
            <source>'{text}': seconds cannot have a sign; put the sign on the degrees</source>
            <translation>'{text}': у секунд не может быть знака; ставьте знак перед градусами</translation>
        </message>
        <message>
            <source>'{text}': seconds must be below 60 (got {seconds})</source>
            <translation>'{text}': секунды должны быть меньше 60 (указано {seconds})</translation>
        </message>
        <message>
            <source>'{text}': expected degrees, then minutes ('), then seconds (") in that order</source>
            <translation>'{text}': ожидаются градусы, затем минуты ('), затем секунды (") в этом порядке</translation>
        </message>
        <message>
            <source>'{text}': use either a sign or a hemisphere letter, not both</source>
            <translation>'{text}': укажите либо знак, либо букву полушария, но не то и другое</translation>
        </message>
        <message>
            <source>no coordinate given: expected forms such as {forms}</source>
            <translation>координата не указана: ожидаются формы вида {forms}</translation>
        </message>
        <message>
            <source>'{text}': both parts are latitudes (N/S); give one latitude and one longitude</source>
            <translation>'{text}': обе части — широты (N/S); укажите одну широту и одну долготу</translation>
        </message>
        <message>
            <source>'{text}': both parts are longitudes (E/W); give one latitude and one longitude</source>
            <translation>'{text}': обе части — долготы (E/W); укажите одну широту и одну долготу</translation>
        </message>
        <message>
            <source>'{text}': give a hemisphere letter for both latitude and longitude, or for neither</source>
            <translation>'{text}': укажите букву полушария и для широты, и для долготы или ни для одной</translation>
        </message>
        <message>
            <source>no latitude given</source>
            <translation>широта не указана</translation>
        </message>
        <message>
            <source>no longitude given</source>
            <translation>долгота не указана</translation>
        </message>
        <message>
            <source>'{text}' is not a latitude (N/S)</source>
            <translation>'{text}' не является широтой (N/S)</translation>
        </message>
        <message>
            <source>'{text}' is not a longitude (E/W)</source>
            <translation>'{text}' не является долготой (E/W)</translation>
        </message>
        <message>
            <source>a profile must be an object</source>
            <translation>профиль должен быть объектом</translation>
        </message>
        <message>
            <source>is not a recognised setting</source>
            <translation>неизвестный параметр</translation>
        </message>
        <message>
            <source>must be non-empty text</source>
            <translation>должно быть непустым текстом</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>должно быть текстом</translation>
        </message>
        <message>
            <source>must be a non-empty list of kinds</source>
            <translation>должно быть непустым списком видов</translation>
        </message>
        <message>
            <source>{kind} is not a known kind</source>
            <translation>{kind} — неизвестный вид</translation>
        </message>
        <message>
            <source>must give minutes for FLASH, IMMEDIATE, PRIORITY and ROUTINE</source>
            <translation>должно задавать минуты для FLASH, IMMEDIATE, PRIORITY и ROUTINE</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>должно быть true или false</translation>
        </message>
        <message>
            <source>must be a whole number of minutes, at least {smallest}</source>
            <translation>должно быть целым числом минут, не менее {smallest}</translation>
        </message>
        <message>
            <source>The {field} are missing.</source>
            <translation>Не заполнено поле «{field}».</translation>
        </message>
        <message>
            <source>The {field} is missing.</source>
            <translation>Не заполнено поле «{field}».</translation>
        </message>
        <message>
            <source>The {field} {value} is not one of {choices}.</source>
            <translation>Поле «{field}»: значение {value} не входит в число допустимых: {choices}.</translation>
        </message>
        <message>
            <source>The {field} must be text.</source>
            <translation>Поле «{field}» должно быть текстом.</translation>
        </message>
        <message numerus="yes">
            <source>The {field} are %n characters long; the limit is {limit}.</source>
            <translation>
                <numerusform>Поле «{field}»: длина %n символ при ограничении {limit}.</numerusform>
                <numerusform>Поле «{field}»: длина %n символа при ограничении {limit}.</numerusform>
                <numerusform>Поле «{field}»: длина %n символов при ограничении {limit}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The {field} is %n characters long; the limit is {limit}.</source>
            <translation>
                <numerusform>Поле «{field}»: длина %n символ при ограничении {limit}.</numerusform>
                <numerusform>Поле «{field}»: длина %n символа при ограничении {limit}.</numerusform>
                <numerusform>Поле «{field}»: длина %n символов при ограничении {limit}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The {field} is not a UTC time like {example} ({problem}).</source>
            <translation>Поле «{field}» не является временем UTC вида {example} ({problem}).</translation>
        </message>
        <message>
            <source>{kind} is not a known message kind.</source>
            <translation>{kind} — неизвестный вид сообщения.</translation>
        </message>
        <message>
            <source>The recipient is this station itself; choose the counterpart station.</source>
            <translation>Получатель — сама эта станция; выберите станцию-партнёра.</translation>
        </message>
        <message>
            <source>The agreement profile '{profile}' is an exercise, yet the status is ACTUAL: the counterpart will read this notice as a real event.</source>
            <translation>Профиль соглашения '{profile}' учебный, а статус ACTUAL: партнёр воспримет это уведомление как реальное событие.</translation>
        </message>
        <message>
            <source>The notice is sent under '{agreement}' but the desk is checking it against '{profile}'.</source>
            <translation>Уведомление отправляется по соглашению '{agreement}', а дежурная смена проверяет его по '{profile}'.</translation>
        </message>
        <message>
            <source>A point needs a latitude and a longitude.</source>
            <translation>Для точки нужны широта и долгота.</translation>
        </message>
        <message>
            <source>The launch area must be an area.</source>
            <translation>Район пуска должен быть районом.</translation>
        </message>
        <message>
            <source>The impact area must be an area.</source>
            <translation>Район падения должен быть районом.</translation>
        </message>
        <message>
            <source>The launch area must be a polygon or a circle or an ocean quadrant or a body of water, not {got}.</source>
            <translation>Район пуска должен быть многоугольником, кругом, квадрантом океана или водным пространством, а не {got}.</translation>
        </message>
        <message>
            <source>The impact area must be a polygon or a circle, not {got}.</source>
            <translation>Район падения должен быть многоугольником или кругом, а не {got}.</translation>
        </message>
        <message>
            <source>The boundary points must be a list of points.</source>
            <translation>Граничные точки должны быть списком точек.</translation>
        </message>
        <message numerus="yes">
            <source>The polygon has %n distinct corner; an area needs at least 3.</source>
            <translation>
                <numerusform>Различных вершин у многоугольника: %n; для района нужно не менее 3.</numerusform>
                <numerusform>Различных вершин у многоугольника: %n; для района нужно не менее 3.</numerusform>
                <numerusform>Различных вершин у многоугольника: %n; для района нужно не менее 3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The polygon has %n distinct corners; an area needs at least 3.</source>
            <translation>
                <numerusform>Различных вершин у многоугольника: %n; для района нужно не менее 3.</numerusform>
                <numerusform>Различных вершин у многоугольника: %n; для района нужно не менее 3.</numerusform>
                <numerusform>Различных вершин у многоугольника: %n; для района нужно не менее 3.</numerusform>
            </translation>
        </message>
        <message>
            <source>The polygon is not closed: its last point should repeat the first. Close the ring to continue.</source>
            <translation>Многоугольник не замкнут: последняя точка должна повторять первую. Замкните контур, чтобы продолжить.</translation>
        </message>
        <message>
            <source>The circle radius must be a number above zero (it is {radius}).</source>
            <translation>Радиус круга должен быть числом больше нуля (указано {radius}).</translation>
        </message>
        <message>
            <source>The number of vehicles must be a whole number, at least 1 (it is {count}).</source>
            <translation>Число носителей должно быть целым, не менее 1 (указано {count}).</translation>
        </message>
        <message>
            <source>Give at least one impact area.</source>
            <translation>Укажите хотя бы один район падения.</translation>
        </message>
        <message>
            <source>The impact areas must be a list of areas.</source>
            <translation>Районы падения должны быть списком районов.</translation>
        </message>
        <message>
            <source>The window closes ({end}) before it opens ({start}).</source>
            <translation>Окно закрывается ({end}) раньше, чем открывается ({start}).</translation>
        </message>
        <message>
            <source>The window closes at the moment it opens ({start}); give a later closing time.</source>
            <translation>Окно закрывается в момент открытия ({start}); укажите более позднее время закрытия.</translation>
        </message>
        <message>
            <source>The window is {length} long; the agreement profile allows at most {limit}.</source>
            <translation>Длительность окна — {length}; профиль соглашения допускает не более {limit}.</translation>
        </message>
        <message>
            <source>The whole window is in the past: it closed {ago} ago ({end}). Give the window of a launch still to come.</source>
            <translation>Всё окно в прошлом: оно закрылось {ago} назад ({end}). Укажите окно предстоящего пуска.</translation>
        </message>
        <message>
            <source>The window opened {ago} ago; the agreement asks for notice in advance.</source>
            <translation>Окно открылось {ago} назад; соглашение требует уведомления заблаговременно.</translation>
        </message>
        <message>
            <source>The window opens in {within}; the agreement needs at least {lead} notice.</source>
            <translation>Окно открывается через {within}; соглашение требует заблаговременности не менее {lead}.</translation>
        </message>
        <message>
            <source>The amended launch details must be an object.</source>
            <translation>Изменённые данные о пуске должны быть объектом.</translation>
        </message>
        <message>
            <source>The actual launch time is {ahead} in the future.</source>
            <translation>Фактическое время пуска указано на {ahead} позже текущего момента.</translation>
        </message>
        <message>
            <source>The {field} ({target}…) is not listed in the references.</source>
            <translation>Поле «{field}» ({target}…) не указано в ссылках.</translation>
        </message>
        <message>
            <source>This is not a notice.</source>
            <translation>Это не уведомление.</translation>
        </message>
        <message>
            <source>{value} does not match {pattern}</source>
            <translation>{value} не соответствует шаблону {pattern}</translation>
        </message>
        <message>
            <source>{one} or {other}</source>
            <translation>{one} или {other}</translation>
        </message>
        <message>
            <source>must be {type}</source>
            <translation>должно быть: {type}</translation>
        </message>
        <message>
            <source>must be {description} (got {value})</source>
            <translation>должно быть: {description} (указано {value})</translation>
        </message>
        <message>
            <source>must be {expected} (got {value})</source>
            <translation>должно быть {expected} (указано {value})</translation>
        </message>
        <message>
            <source>must be at least {limit} (got {value})</source>
            <translation>должно быть не менее {limit} (указано {value})</translation>
        </message>
        <message>
            <source>must be at most {limit} (got {value})</source>
            <translation>должно быть не более {limit} (указано {value})</translation>
        </message>
        <message>
            <source>must be above {limit} (got {value})</source>
            <translation>должно быть больше {limit} (указано {value})</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>не должно быть пустым</translation>
        </message>
        <message numerus="yes">
            <source>must be at least %n characters</source>
            <translation>
                <numerusform>должно содержать не менее %n символа</numerusform>
                <numerusform>должно содержать не менее %n символов</numerusform>
                <numerusform>должно содержать не менее %n символов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>must be at most %n characters (got {length})</source>
            <translation>
                <numerusform>должно содержать не более %n символа (указано {length})</numerusform>
                <numerusform>должно содержать не более %n символов (указано {length})</numerusform>
                <numerusform>должно содержать не более %n символов (указано {length})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>must have at least %n item (got {count})</source>
            <translation>
                <numerusform>должно содержать не менее %n элемента (указано {count})</numerusform>
                <numerusform>должно содержать не менее %n элементов (указано {count})</numerusform>
                <numerusform>должно содержать не менее %n элементов (указано {count})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>must have at least %n items (got {count})</source>
            <translation>
                <numerusform>должно содержать не менее %n элемента (указано {count})</numerusform>
                <numerusform>должно содержать не менее %n элементов (указано {count})</numerusform>
                <numerusform>должно содержать не менее %n элементов (указано {count})</numerusform>
            </translation>
        </message>
        <message>
            <source>must be a finite number</source>
            <translation>должно быть конечным числом</translation>
        </message>
        <message>
            <source>must differ from the sender</source>
            <translation>должно отличаться от отправителя</translation>
        </message>
        <message>
            <source>must be after window_start</source>
            <translation>должно быть позже window_start</translation>
        </message>
        <message>
            <source>must list the message named in {field} ({target})</source>
            <translation>должно содержать сообщение, указанное в {field} ({target})</translation>
        </message>
        <message>
            <source>differs from the sha256 given for {target} in references</source>
            <translation>не совпадает с sha256, указанным для {target} в references</translation>
        </message>
        <message>
            <source>a notice must be a JSON object</source>
            <translation>уведомление должно быть объектом JSON</translation>
        </message>
        <message>
            <source>'{text}': month {month} does not exist (1 to 12)</source>
            <translation>'{text}': месяца {month} не существует (от 1 до 12)</translation>
        </message>
        <message>
            <source>'{text}': hour {hour} is out of range (00 to 23)</source>
            <translation>'{text}': час {hour} вне допустимого диапазона (от 00 до 23)</translation>
        </message>
        <message>
            <source>'{text}': minute {minute} is out of range (00 to 59)</source>
            <translation>'{text}': минута {minute} вне допустимого диапазона (от 00 до 59)</translation>
        </message>
        <message>
            <source>'{text}': second {second} is out of range (00 to 59)</source>
            <translation>'{text}': секунда {second} вне допустимого диапазона (от 00 до 59)</translation>
        </message>
        <message>
            <source>'{text}': day {day} does not exist in {month} {year}</source>
            <translation>'{text}': дня {day} нет в месяце {month} {year}</translation>
        </message>
        <message>
            <source>expected a time string like {example}, got {type}</source>
            <translation>ожидается строка времени вида {example}, получено: {type}</translation>
        </message>
        <message>
            <source>cannot read '{text}' as a UTC time: expected the form {example}</source>
            <translation>не удаётся прочитать '{text}' как время UTC: ожидается форма {example}</translation>
        </message>
        <message>
            <source>'{text}' has no time zone; write UTC with a trailing Z (e.g. {example})</source>
            <translation>'{text}': не указан часовой пояс; записывайте время UTC с завершающей Z (например, {example})</translation>
        </message>
        <message>
            <source>'{text}' has a lower-case 'z'; write a capital Z (e.g. {example})</source>
            <translation>'{text}': строчная 'z'; пишите прописную Z (например, {example})</translation>
        </message>
        <message>
            <source>'{text}' has the offset '{zone}'; write the time in UTC with a trailing Z (e.g. {example})</source>
            <translation>'{text}': указано смещение '{zone}'; записывайте время UTC с завершающей Z (например, {example})</translation>
        </message>
        <message>
            <source>'{text}' has fractions of a second; give whole seconds (e.g. {example})</source>
            <translation>'{text}': указаны доли секунды; указывайте целые секунды (например, {example})</translation>
        </message>
        <message>
            <source>'{text}' has no seconds; give hh:mm:ss (e.g. {example})</source>
            <translation>'{text}': нет секунд; указывайте hh:mm:ss (например, {example})</translation>
        </message>
        <message>
            <source>'{text}' has spaces around it (e.g. {example})</source>
            <translation>'{text}': пробелы в начале или в конце (например, {example})</translation>
        </message>
        <message>
            <source>'{text}' needs a capital T between the date and the time (e.g. {example})</source>
            <translation>'{text}': между датой и временем нужна прописная T (например, {example})</translation>
        </message>
        <message>
            <source>cannot read '{text}' as a date-time group: expected the form {example}</source>
            <translation>не удаётся прочитать '{text}' как DTG: ожидается форма {example}</translation>
        </message>
        <message>
            <source>'{text}': '{month}' is not a month (JAN to DEC)</source>
            <translation>'{text}': '{month}' не является месяцем (от JAN до DEC)</translation>
        </message>
        <message>
            <source>cannot read '{text}' as a NOTAM time: expected ten digits YYMMDDhhmm such as {example}</source>
            <translation>не удаётся прочитать '{text}' как время NOTAM: ожидаются десять цифр YYMMDDhhmm, например {example}</translation>
        </message>
        <message>
            <source>local</source>
            <translation>местное</translation>
        </message>
        <message>
            <source>less than 1 min</source>
            <translation>менее 1 мин</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} ч {minutes} мин</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} ч</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} мин</translation>
        </message>
        <message>
            <source>{days} d {hours} h</source>
            <translation>{days} сут {hours} ч</translation>
        </message>
        <message>
            <source>{days} d</source>
            <translation>{days} сут</translation>
        </message>
        <message>
            <source>the folder is read-only or not accessible</source>
            <translation>папка доступна только для чтения или недоступна</translation>
        </message>
        <message>
            <source>{counterpart}: inbox missing ({path})</source>
            <translation>{counterpart}: нет папки входящих ({path})</translation>
        </message>
        <message>
            <source>{counterpart}: inbox not writable</source>
            <translation>{counterpart}: запись в папку входящих невозможна</translation>
        </message>
        <message numerus="yes">
            <source>{counterpart}: %n waiting</source>
            <translation>
                <numerusform>{counterpart}: ожидает %n</numerusform>
                <numerusform>{counterpart}: ожидают %n</numerusform>
                <numerusform>{counterpart}: ожидают %n</numerusform>
            </translation>
        </message>
        <message>
            <source>{counterpart}: ok</source>
            <translation>{counterpart}: в норме</translation>
        </message>
        <message>
            <source>the name is taken</source>
            <translation>имя уже занято</translation>
        </message>
        <message>
            <source>the file changed as it was being moved</source>
            <translation>файл изменился во время перемещения</translation>
        </message>
        <message>
            <source>a directory cannot be moved to another file system</source>
            <translation>каталог нельзя переместить в другую файловую систему</translation>
        </message>
        <message>
            <source>a socket cannot be moved to another file system</source>
            <translation>сокет нельзя переместить в другую файловую систему</translation>
        </message>
        <message>
            <source>a device cannot be moved to another file system</source>
            <translation>устройство нельзя переместить в другую файловую систему</translation>
        </message>
        <message>
            <source>a special file cannot be moved to another file system</source>
            <translation>специальный файл нельзя переместить в другую файловую систему</translation>
        </message>
        <message numerus="yes">
            <source>%n accepted</source>
            <translation>
                <numerusform>принято: %n</numerusform>
                <numerusform>принято: %n</numerusform>
                <numerusform>принято: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate</source>
            <translation>
                <numerusform>дубликатов: %n</numerusform>
                <numerusform>дубликатов: %n</numerusform>
                <numerusform>дубликатов: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n held</source>
            <translation>
                <numerusform>задержано: %n</numerusform>
                <numerusform>задержано: %n</numerusform>
                <numerusform>задержано: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quarantined</source>
            <translation>
                <numerusform>в карантине: %n</numerusform>
                <numerusform>в карантине: %n</numerusform>
                <numerusform>в карантине: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>отклонено: %n</numerusform>
                <numerusform>отклонено: %n</numerusform>
                <numerusform>отклонено: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>{counterpart}: {counts}</source>
            <translation>{counterpart}: {counts}</translation>
        </message>
        <message>
            <source>{counterpart}: nothing new</source>
            <translation>{counterpart}: нового нет</translation>
        </message>
        <message>
            <source>{summary}; stopped: {error}</source>
            <translation>{summary}; остановлено: {error}</translation>
        </message>
        <message>
            <source>another import is running</source>
            <translation>идёт другой приём файлов</translation>
        </message>
        <message>
            <source>it could not be handled ({error}); it was left in the inbox</source>
            <translation>обработать не удалось ({error}); файл оставлен во входящих</translation>
        </message>
        <message>
            <source>held: {station}'s key changed and was not verified again</source>
            <translation>задержано: ключ {station} изменён и повторно не проверен</translation>
        </message>
        <message>
            <source>held: {station}'s key is not verified</source>
            <translation>задержано: ключ {station} не проверен</translation>
        </message>
        <message>
            <source>it could not be read ({error}); it was left in the inbox</source>
            <translation>прочитать не удалось ({error}); файл оставлен во входящих</translation>
        </message>
        <message>
            <source>stored, but it could not be moved to processed/ ({error})</source>
            <translation>сохранено, но переместить в processed/ не удалось ({error})</translation>
        </message>
        <message>
            <source>{reason}; it left the inbox before it could be quarantined</source>
            <translation>{reason}; файл исчез из входящих прежде, чем его удалось поместить в карантин</translation>
        </message>
        <message>
            <source>{reason}; it could not be moved to quarantine ({error}), so it was left in the inbox</source>
            <translation>{reason}; поместить файл в карантин не удалось ({error}), поэтому он оставлен во входящих</translation>
        </message>
        <message>
            <source>fixed sealing values are for the test vectors only; {station}'s encryption key is not one of the published test keys</source>
            <translation>фиксированные значения запечатывания предназначены только для тестовых векторов; ключ шифрования {station} не относится к опубликованным тестовым ключам</translation>
        </message>
        <message>
            <source>issued_at must carry a time zone</source>
            <translation>issued_at должно содержать часовой пояс</translation>
        </message>
        <message>
            <source>the notice cannot be written as JSON: {error}</source>
            <translation>уведомление нельзя записать в JSON: {error}</translation>
        </message>
        <message>
            <source>the sealed file would be {size} bytes, over the {limit}-byte limit every receiver enforces; shorten the notice</source>
            <translation>запечатанный файл занял бы {size} байт, что больше предела в {limit} байт, соблюдаемого каждым получателем; сократите уведомление</translation>
        </message>
        <message>
            <source>the recipient's encryption key cannot be used: {error}</source>
            <translation>ключ шифрования получателя нельзя использовать: {error}</translation>
        </message>
        <message>
            <source>sender and recipient must be valid station ids</source>
            <translation>отправитель и получатель должны быть действительными идентификаторами станций</translation>
        </message>
        <message>
            <source>a station cannot seal a notice to itself</source>
            <translation>станция не может запечатать уведомление для самой себя</translation>
        </message>
        <message>
            <source>the notice must be a JSON object</source>
            <translation>уведомление должно быть объектом JSON</translation>
        </message>
        <message>
            <source>the notice has no {field}</source>
            <translation>в уведомлении нет поля {field}</translation>
        </message>
        <message>
            <source>this writer produces format version {version} only</source>
            <translation>эта программа записи создаёт только формат версии {version}</translation>
        </message>
        <message>
            <source>the notice's sender {sender} is not the sealing station {station}</source>
            <translation>отправитель уведомления {sender} не совпадает с запечатывающей станцией {station}</translation>
        </message>
        <message>
            <source>the notice's recipient {recipient} is not the key card's station {station}</source>
            <translation>получатель уведомления {recipient} не совпадает со станцией карточки ключа {station}</translation>
        </message>
        <message>
            <source>message_id must be a lower-case canonical UUID</source>
            <translation>message_id должен быть UUID в канонической форме строчными буквами</translation>
        </message>
        <message>
            <source>sequence must be a whole number from 1 to {largest}</source>
            <translation>sequence должен быть целым числом от 1 до {largest}</translation>
        </message>
        <message>
            <source>A draft needs a message kind.</source>
            <translation>Для черновика нужен вид сообщения.</translation>
        </message>
        <message>
            <source>A template needs a name, for example 'SLV launch from the northern range'.</source>
            <translation>Шаблону нужно название, например 'Пуск РН с северного полигона'.</translation>
        </message>
        <message>
            <source>Templates hold new launch notifications and general communications; an {kind} belongs to the one message it answers.</source>
            <translation>В шаблонах хранятся новые уведомления о пуске и общие сообщения; {kind} относится к единственному сообщению, на которое отвечает.</translation>
        </message>
        <message>
            <source>A template needs a name.</source>
            <translation>Шаблону нужно название.</translation>
        </message>
        <message>
            <source>That template no longer exists.</source>
            <translation>Этого шаблона больше нет.</translation>
        </message>
        <message>
            <source>There is already a template named '{name}' for {counterpart}; choose another name.</source>
            <translation>Шаблон с названием '{name}' для {counterpart} уже есть; выберите другое название.</translation>
        </message>
        <message>
            <source>There is already a template named '{name}' for any counterpart; choose another name.</source>
            <translation>Шаблон с названием '{name}' для любого партнёра уже есть; выберите другое название.</translation>
        </message>
        <message>
            <source>Only a notice this station sent can be amended; this one was received.</source>
            <translation>Изменить можно только уведомление, отправленное этой станцией; это уведомление получено.</translation>
        </message>
        <message>
            <source>Only a notice this station sent can be postponed; this one was received.</source>
            <translation>Перенести можно только уведомление, отправленное этой станцией; это уведомление получено.</translation>
        </message>
        <message>
            <source>Only a notice this station sent can be cancelled; this one was received.</source>
            <translation>Отменить можно только уведомление, отправленное этой станцией; это уведомление получено.</translation>
        </message>
        <message>
            <source>Only a notice this station sent can be reported on; this one was received.</source>
            <translation>Донесение о пуске составляется только по уведомлению, отправленному этой станцией; это уведомление получено.</translation>
        </message>
        <message>
            <source>Only a launch notification or an amendment can be amended; this is a {kind}.</source>
            <translation>Изменить можно только уведомление о пуске или изменение; это {kind}.</translation>
        </message>
        <message>
            <source>Only a launch notification or an amendment can be postponed; this is a {kind}.</source>
            <translation>Перенести можно только уведомление о пуске или изменение; это {kind}.</translation>
        </message>
        <message>
            <source>Only a launch notification or an amendment can be cancelled; this is a {kind}.</source>
            <translation>Отменить можно только уведомление о пуске или изменение; это {kind}.</translation>
        </message>
        <message>
            <source>Only a launch notification or an amendment can be reported on; this is a {kind}.</source>
            <translation>Донесение о пуске составляется только по уведомлению о пуске или изменению; это {kind}.</translation>
        </message>
        <message>
            <source>This notice has no sealed file to refer to.</source>
            <translation>У этого уведомления нет запечатанного файла, на который можно сослаться.</translation>
        </message>
        <message>
            <source>A {kind} belongs to the message it answers and cannot start a new notice; start from a launch notification, an amendment or a general communication.</source>
            <translation>{kind} относится к сообщению, на которое отвечает, и не может начинать новое уведомление; начните с уведомления о пуске, изменения или общего сообщения.</translation>
        </message>
        <message>
            <source>Name the officer who made the translation; nothing was stored.</source>
            <translation>Укажите офицера, выполнившего перевод; ничего не сохранено.</translation>
        </message>
        <message>
            <source>The working translation is empty; nothing was stored.</source>
            <translation>Рабочий перевод пуст; ничего не сохранено.</translation>
        </message>
        <message>
            <source>{language} is not a language the console knows (it knows {known}); nothing was stored.</source>
            <translation>Язык {language} консоли неизвестен (известны: {known}); ничего не сохранено.</translation>
        </message>
        <message>
            <source>{field} is not a free-text field of a notice (those are {known}); nothing was stored.</source>
            <translation>{field} не является полем свободного текста уведомления (такие поля: {known}); ничего не сохранено.</translation>
        </message>
        <message>
            <source>There is no notice {id} on record.</source>
            <translation>Уведомление {id} не зарегистрировано.</translation>
        </message>
        <message>
            <source>Notice {id} was sent by this station: working translations are for the free text a counterpart sent; nothing was stored.</source>
            <translation>Уведомление {id} отправлено этой станцией: рабочие переводы предназначены для свободного текста, присланного партнёром; ничего не сохранено.</translation>
        </message>
        <message>
            <source>Notice {id} has no {field} to translate; nothing was stored.</source>
            <translation>В уведомлении {id} нет поля {field} для перевода; ничего не сохранено.</translation>
        </message>
        <message>
            <source>Notice {id}'s {field} is empty: there is nothing to translate; nothing was stored.</source>
            <translation>В уведомлении {id} поле {field} пусто: переводить нечего; ничего не сохранено.</translation>
        </message>
        <message>
            <source>audit log intact: {entries} entries, {checkpoints} signed checkpoints</source>
            <translation>журнал аудита цел: записей — {entries}, подписанных контрольных точек — {checkpoints}</translation>
        </message>
        <message>
            <source>audit log damaged at entry {index}: {problem}</source>
            <translation>журнал аудита повреждён на записи {index}: {problem}</translation>
        </message>
        <message>
            <source>retired as compromised by {officer}: every file it signs is refused, whatever its date</source>
            <translation>выведен из действия офицером {officer} как скомпрометированный: все подписанные им файлы отклоняются независимо от даты</translation>
        </message>
        <message>
            <source>in use</source>
            <translation>используется</translation>
        </message>
        <message>
            <source>accepted (an earlier key; no rotation since was verified)</source>
            <translation>принимается (прежний ключ; последующая смена ключей не проверена)</translation>
        </message>
        <message>
            <source>retired by {officer}: files it signs dated after {time} are refused</source>
            <translation>выведен из действия офицером {officer}: подписанные им файлы с датой после {time} отклоняются</translation>
        </message>
        <message>
            <source>replaced by a verified key rotation: files it signs dated after {time} are refused</source>
            <translation>заменён проверенной сменой ключей: подписанные им файлы с датой после {time} отклоняются</translation>
        </message>
        <message>
            <source>{station} is not a counterpart of this station; import its key card first.</source>
            <translation>{station} не является партнёром этой станции; сначала импортируйте её карточку ключа.</translation>
        </message>
        <message>
            <source>{key} (current)</source>
            <translation>{key} (текущий)</translation>
        </message>
        <message>
            <source>{key} (earlier)</source>
            <translation>{key} (прежний)</translation>
        </message>
        <message>
            <source>{key} is not a signing key of {station} on record (its keys: {known}); copy the key id from `watchdesk counterpart keys {station}`.</source>
            <translation>{key} не является зарегистрированным ключом подписи {station} (её ключи: {known}); скопируйте идентификатор ключа из вывода `watchdesk counterpart keys {station}`.</translation>
        </message>
        <message>
            <source>Key {key} of {station} is already retired (as compromised); nothing changed.</source>
            <translation>Ключ {key} станции {station} уже выведен из действия (как скомпрометированный); ничего не изменено.</translation>
        </message>
        <message>
            <source>Key {key} of {station} is already retired (on {time}); nothing changed.</source>
            <translation>Ключ {key} станции {station} уже выведен из действия ({time}); ничего не изменено.</translation>
        </message>
        <message>
            <source>That is this station's own key card, not a counterpart's.</source>
            <translation>Это собственная карточка ключа этой станции, а не партнёра.</translation>
        </message>
        <message>
            <source>The safety number does not match the one computed from {station}'s key card. The key was NOT marked verified: check the card came from the counterpart, and compare again.</source>
            <translation>Контрольный номер не совпадает с вычисленным по карточке ключа {station}. Ключ НЕ отмечен как проверенный: убедитесь, что карточка получена от партнёра, и сверьте номер ещё раз.</translation>
        </message>
        <message>
            <source>Start or unlock the desktop's Secret Service (GNOME Keyring or KWallet) and try again; on Windows the Credential Manager and on macOS the Keychain are used automatically.</source>
            <translation>Запустите или разблокируйте Secret Service рабочего стола (GNOME Keyring или KWallet) и повторите попытку; в Windows автоматически используется диспетчер учётных данных, в macOS — связка ключей Keychain.</translation>
        </message>
        <message>
            <source>no OS keyring was found (keyring's fail backend is active)</source>
            <translation>связка ключей ОС не найдена (активен резервный модуль fail библиотеки keyring)</translation>
        </message>
        <message>
            <source>the null keyring is configured, which discards secrets</source>
            <translation>настроена пустая связка ключей (null), которая отбрасывает секреты</translation>
        </message>
        <message>
            <source>the configured keyring {name} keeps secrets in a file, not in the OS keyring (remove the PYTHON_KEYRING_BACKEND setting, or the backend line of keyringrc.cfg)</source>
            <translation>настроенная связка ключей {name} хранит секреты в файле, а не в связке ключей ОС (удалите настройку PYTHON_KEYRING_BACKEND или строку backend в keyringrc.cfg)</translation>
        </message>
        <message>
            <source>the keyring {name} is not usable here ({error})</source>
            <translation>связку ключей {name} здесь использовать нельзя ({error})</translation>
        </message>
        <message>
            <source>the keyring {name} has priority {priority}, below the minimum of 1</source>
            <translation>приоритет связки ключей {name} равен {priority}, что ниже минимума 1</translation>
        </message>
        <message>
            <source>Refusing to use the keyring: the configured keyring backend could not be loaded ({error}). Remove the PYTHON_KEYRING_BACKEND setting (or the backend line of keyringrc.cfg) so that the OS keyring is used. {fix}</source>
            <translation>Связка ключей не используется: настроенный модуль связки ключей не удалось загрузить ({error}). Удалите настройку PYTHON_KEYRING_BACKEND (или строку backend в keyringrc.cfg), чтобы использовалась связка ключей ОС. {fix}</translation>
        </message>
        <message>
            <source>Refusing to use the keyring: no OS keyring was found. {fix}</source>
            <translation>Связка ключей не используется: связка ключей ОС не найдена. {fix}</translation>
        </message>
        <message>
            <source>Refusing to use the keyring: {reason}. {fix}</source>
            <translation>Связка ключей не используется: {reason}. {fix}</translation>
        </message>
        <message>
            <source>The keyring is locked and could not be unlocked ({error}). {fix}</source>
            <translation>Связка ключей заблокирована, и разблокировать её не удалось ({error}). {fix}</translation>
        </message>
        <message>
            <source>The keyring failed to save the store key ({error}). {fix}</source>
            <translation>Связке ключей не удалось сохранить ключ хранилища ({error}). {fix}</translation>
        </message>
        <message>
            <source>The keyring failed to read the store key ({error}). {fix}</source>
            <translation>Связке ключей не удалось прочитать ключ хранилища ({error}). {fix}</translation>
        </message>
        <message>
            <source>The keyring has no key for station {station} in {folder}. If the OS was reinstalled or the keyring reset, run `watchdesk recover` with the station's recovery sheet to put the key back.</source>
            <translation>В связке ключей нет ключа станции {station} в {folder}. Если ОС была переустановлена или связка ключей сброшена, выполните `watchdesk recover` с листом восстановления станции, чтобы вернуть ключ.</translation>
        </message>
        <message>
            <source>The keyring entry for station {station} does not hold a 256-bit store key. Run `watchdesk recover` with the station's recovery sheet.</source>
            <translation>Запись связки ключей для станции {station} не содержит 256-битного ключа хранилища. Выполните `watchdesk recover` с листом восстановления станции.</translation>
        </message>
        <message>
            <source>no in-memory key for demo station {station}</source>
            <translation>нет ключа в памяти для демонстрационной станции {station}</translation>
        </message>
        <message>
            <source>the code contains characters that are not on the sheet: {characters}</source>
            <translation>в коде есть символы, которых нет на листе: {characters}</translation>
        </message>
        <message>
            <source>the code has {count} characters; a recovery code has {groups} groups of {size} plus a check character ({expected} in all)</source>
            <translation>символов в коде: {count}; код восстановления — это групп: {groups}, по {size} символов, плюс контрольный символ (всего {expected})</translation>
        </message>
        <message>
            <source>group {number} ({group}) has a typo: its check character does not match</source>
            <translation>в группе {number} ({group}) опечатка: её контрольный символ не совпадает</translation>
        </message>
        <message>
            <source>the code does not decode to a key ({error})</source>
            <translation>код не преобразуется в ключ ({error})</translation>
        </message>
        <message>
            <source>the code does not decode to a 256-bit key</source>
            <translation>код не преобразуется в 256-битный ключ</translation>
        </message>
        <message>
            <source>There is no Watchdesk station in {folder}. Create one with `watchdesk init --station-id ID --name NAME`.</source>
            <translation>В {folder} нет станции Watchdesk. Создайте её командой `watchdesk init --station-id ID --name NAME`.</translation>
        </message>
        <message>
            <source>{path} is not a Watchdesk station file ({error}).</source>
            <translation>{path} не является файлом станции Watchdesk ({error}).</translation>
        </message>
        <message>
            <source>{folder} already holds a station; choose another --data-dir.</source>
            <translation>В {folder} уже есть станция; выберите другой --data-dir.</translation>
        </message>
        <message>
            <source>The key in the keyring does not open the store of station {station} in {folder}. If the keyring entry was replaced, run `watchdesk recover` with the station's recovery sheet.</source>
            <translation>Ключ из связки ключей не открывает хранилище станции {station} в {folder}. Если запись связки ключей была заменена, выполните `watchdesk recover` с листом восстановления станции.</translation>
        </message>
        <message>
            <source>The store file {path} is missing. Restore it with `watchdesk restore BACKUP`.</source>
            <translation>Файл хранилища {path} отсутствует. Восстановите его командой `watchdesk restore BACKUP`.</translation>
        </message>
        <message>
            <source>The store {path} is damaged ({problem}). Nothing more is written to it; close the console and restore the last backup with `watchdesk restore BACKUP`.</source>
            <translation>Хранилище {path} повреждено ({problem}). Запись в него прекращена; закройте консоль и восстановите последнюю резервную копию командой `watchdesk restore BACKUP`.</translation>
        </message>
        <message>
            <source>The store's integrity check is still running; try again in a moment.</source>
            <translation>Проверка целостности хранилища ещё идёт; повторите попытку чуть позже.</translation>
        </message>
        <message>
            <source>the backup copy failed its check: {problem}</source>
            <translation>резервная копия не прошла проверку: {problem}</translation>
        </message>
        <message>
            <source>The backup to {path} failed: {error}</source>
            <translation>Резервное копирование в {path} не выполнено: {error}</translation>
        </message>
        <message>
            <source>{path} is a backup of station {held}, not of {station}.</source>
            <translation>{path} — резервная копия станции {held}, а не {station}.</translation>
        </message>
        <message>
            <source>{path} failed its integrity check: {problem}</source>
            <translation>{path} не прошёл проверку целостности: {problem}</translation>
        </message>
        <message>
            <source>There is no file {path}; give the path of a backup written by `watchdesk backup`.</source>
            <translation>Файла {path} нет; укажите путь к резервной копии, записанной командой `watchdesk backup`.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a backup file; nothing was read or changed. Give the path of a backup file written by `watchdesk backup`.</source>
            <translation>{path} — папка, а не файл резервной копии; ничего не прочитано и не изменено. Укажите путь к файлу резервной копии, записанному командой `watchdesk backup`.</translation>
        </message>
        <message>
            <source>{path} is a named pipe (FIFO), not a backup file; nothing was read or changed. Give the path of a backup file written by `watchdesk backup`.</source>
            <translation>{path} — именованный канал (FIFO), а не файл резервной копии; ничего не прочитано и не изменено. Укажите путь к файлу резервной копии, записанному командой `watchdesk backup`.</translation>
        </message>
        <message>
            <source>{path} is a device, not a backup file; nothing was read or changed. Give the path of a backup file written by `watchdesk backup`.</source>
            <translation>{path} — устройство, а не файл резервной копии; ничего не прочитано и не изменено. Укажите путь к файлу резервной копии, записанному командой `watchdesk backup`.</translation>
        </message>
        <message>
            <source>{path} is a socket, not a backup file; nothing was read or changed. Give the path of a backup file written by `watchdesk backup`.</source>
            <translation>{path} — сокет, а не файл резервной копии; ничего не прочитано и не изменено. Укажите путь к файлу резервной копии, записанному командой `watchdesk backup`.</translation>
        </message>
        <message>
            <source>{path} is not a regular file, not a backup file; nothing was read or changed. Give the path of a backup file written by `watchdesk backup`.</source>
            <translation>{path} — не обычный файл и не файл резервной копии; ничего не прочитано и не изменено. Укажите путь к файлу резервной копии, записанному командой `watchdesk backup`.</translation>
        </message>
        <message>
            <source>{path} is unreadable ({error}): a restore was interrupted and cannot be completed from it. Run `watchdesk restore BACKUP` again.</source>
            <translation>{path} не читается ({error}): восстановление было прервано и не может быть завершено из этого файла. Выполните `watchdesk restore BACKUP` ещё раз.</translation>
        </message>
        <message>
            <source>The key in the keyring does not belong to this station; run `watchdesk recover` first.</source>
            <translation>Ключ из связки ключей не принадлежит этой станции; сначала выполните `watchdesk recover`.</translation>
        </message>
        <message>
            <source>An earlier restore is not recorded in the audit log yet; run `watchdesk audit verify` (which completes it), then restore again.</source>
            <translation>Предыдущее восстановление ещё не записано в журнал аудита; выполните `watchdesk audit verify` (она его завершит), затем повторите восстановление.</translation>
        </message>
        <message>
            <source>The station in {folder} is in use. Close the console (and any `watchdesk` command using it) and try again.</source>
            <translation>Станция в {folder} используется. Закройте консоль (и все использующие её команды `watchdesk`) и повторите попытку.</translation>
        </message>
        <message>
            <source>{path} is not a Watchdesk store that this station's key opens (it may belong to another station or be damaged beyond reading).</source>
            <translation>{path} не является хранилищем Watchdesk, которое открывается ключом этой станции (возможно, оно принадлежит другой станции или повреждено так, что не читается).</translation>
        </message>
        <message>
            <source>{path} is not a Watchdesk backup that this station's key opens (it may belong to another station or be damaged beyond reading).</source>
            <translation>{path} не является резервной копией Watchdesk, которая открывается ключом этой станции (возможно, она принадлежит другой станции или повреждена так, что не читается).</translation>
        </message>
        <message>
            <source>{path} opens, but it is not a Watchdesk store.</source>
            <translation>{path} открывается, но не является хранилищем Watchdesk.</translation>
        </message>
        <message>
            <source>{path} opens, but it is not a Watchdesk backup.</source>
            <translation>{path} открывается, но не является резервной копией Watchdesk.</translation>
        </message>
        <message>
            <source>The store {path} is damaged ({problem}). It was not used; restore the last backup with `watchdesk restore BACKUP`.</source>
            <translation>Хранилище {path} повреждено ({problem}). Оно не использовано; восстановите последнюю резервную копию командой `watchdesk restore BACKUP`.</translation>
        </message>
        <message>
            <source>The backup {path} is damaged ({problem}). It was not used; restore the last backup with `watchdesk restore BACKUP`.</source>
            <translation>Резервная копия {path} повреждена ({problem}). Она не использована; восстановите последнюю резервную копию командой `watchdesk restore BACKUP`.</translation>
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
            <translation>Время (UTC)</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Офицер</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Подробности</translation>
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
            <source>{name} ({role}) PIN {pin}</source>
            <translation>{name} ({role}) — PIN-код {pin}</translation>
        </message>
        <message>
            <source>Demo station: {officers}</source>
            <translation>Демонстрационная станция: {officers}</translation>
        </message>
        <message>
            <source>%1 ago</source>
            <translation>%1 назад</translation>
        </message>
        <message>
            <source>in %1</source>
            <translation>через %1</translation>
        </message>
        <message>
            <source>{precedence} {status} {kind}</source>
            <translation>{precedence} {status} {kind}</translation>
        </message>
        <message>
            <source>{notice}, window {span}</source>
            <translation>{notice}, окно пуска {span}</translation>
        </message>
        <message>
            <source>acknowledged %1</source>
            <translation>подтверждено %1</translation>
        </message>
        <message>
            <source>no acknowledgement asked</source>
            <translation>подтверждение не запрошено</translation>
        </message>
        <message>
            <source>awaited:</source>
            <translation>ожидается:</translation>
        </message>
        <message>
            <source>Notes from %1</source>
            <translation>Заметки сдающего офицера (%1)</translation>
        </message>
        <message>
            <source>Notes from the outgoing officer</source>
            <translation>Заметки сдающего офицера</translation>
        </message>
        <message>
            <source>(none written)</source>
            <translation>(нет записей)</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>ПРОСРОЧЕНО</translation>
        </message>
        <message>
            <source>open now</source>
            <translation>открыто сейчас</translation>
        </message>
        <message>
            <source>opens %1</source>
            <translation>открывается %1</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>от %1</translation>
        </message>
        <message>
            <source>to %1</source>
            <translation>для %1</translation>
        </message>
        <message>
            <source>At %1</source>
            <translation>По состоянию на %1</translation>
        </message>
        <message>
            <source>Handed over by %1</source>
            <translation>Сдал: %1</translation>
        </message>
        <message>
            <source>Taken over by %1</source>
            <translation>Принял: %1</translation>
        </message>
        <message>
            <source>Nothing is open: no items to hand over.</source>
            <translation>Незакрытых вопросов нет: передавать нечего.</translation>
        </message>
        <message>
            <source>%1 open item(s) to hand over.</source>
            <translation>Незакрытых вопросов для передачи: %1.</translation>
        </message>
        <message>
            <source>Notices we have not acknowledged (%1)</source>
            <translation>Уведомления, получение которых мы не подтвердили (%1)</translation>
        </message>
        <message>
            <source>%1 overdue</source>
            <translation>просрочено: %1</translation>
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
            <translation>Уведомление</translation>
        </message>
        <message>
            <source>Acknowledge by</source>
            <translation>Подтвердить до</translation>
        </message>
        <message>
            <source>Every received notice is acknowledged.</source>
            <translation>Получение всех полученных уведомлений подтверждено.</translation>
        </message>
        <message>
            <source>Acknowledgements we are waiting for (%1)</source>
            <translation>Подтверждения, которых мы ожидаем (%1)</translation>
        </message>
        <message>
            <source>Due from the counterpart by</source>
            <translation>Срок подтверждения партнёром</translation>
        </message>
        <message>
            <source>The counterparts have acknowledged everything we sent.</source>
            <translation>Партнёры подтвердили получение всего, что мы отправили.</translation>
        </message>
        <message>
            <source>Launch windows open now or opening in the next %1 h (%2)</source>
            <translation>Окна пуска, открытые сейчас или открывающиеся в ближайшие %1 ч (%2)</translation>
        </message>
        <message>
            <source>Window (UTC, local)</source>
            <translation>Окно (UTC, местное)</translation>
        </message>
        <message>
            <source>No launch window is open or opens in this period.</source>
            <translation>В этот период окон пуска нет.</translation>
        </message>
        <message>
            <source>the last 12 h</source>
            <translation>начала последних 12 ч</translation>
        </message>
        <message>
            <source>Sent this watch, since %1 (%2)</source>
            <translation>Отправлено за это дежурство, с %1 (%2)</translation>
        </message>
        <message>
            <source>%1 cancelled</source>
            <translation>отменено: %1</translation>
        </message>
        <message>
            <source>Sent (UTC, local)</source>
            <translation>Отправлено (UTC, местное)</translation>
        </message>
        <message>
            <source>Nothing was sent this watch.</source>
            <translation>За это дежурство ничего не отправлено.</translation>
        </message>
        <message>
            <source>Missing sequence numbers (%1)</source>
            <translation>Пропущенные порядковые номера (%1)</translation>
        </message>
        <message>
            <source>Missing numbers</source>
            <translation>Пропущенные номера</translation>
        </message>
        <message>
            <source>No gaps in the received sequences.</source>
            <translation>Пропусков в полученных порядковых номерах нет.</translation>
        </message>
        <message>
            <source>Quarantined files, last %1 days (%2)</source>
            <translation>Файлы в карантине за последние %1 сут (%2)</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>No file was quarantined.</source>
            <translation>Ни один файл не помещён в карантин.</translation>
        </message>
        <message>
            <source>Traffic held: key not verified</source>
            <translation>Трафик задержан: ключ не проверен</translation>
        </message>
        <message>
            <source>Files waiting</source>
            <translation>Ожидающие файлы</translation>
        </message>
        <message>
            <source>key CHANGED, verify again</source>
            <translation>ключ ИЗМЕНЁН, проверьте заново</translation>
        </message>
        <message>
            <source>key not verified yet</source>
            <translation>ключ ещё не проверен</translation>
        </message>
        <message>
            <source>Handover summary %1</source>
            <translation>Сводка передачи дежурства %1</translation>
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
            <source>The console stays in {language}, as --language asked when Watchdesk was started; the workstation's language applies from the next start without it.</source>
            <translation>Язык консоли не меняется ({language}): так задано параметром --language при запуске Watchdesk; язык рабочего места будет действовать со следующего запуска без этого параметра.</translation>
        </message>
        <message>
            <source>The console stays in {language}, the language {officer} chose for their watch; the workstation's language applies when an officer without a language of their own is on watch.</source>
            <translation>Язык консоли не меняется ({language}): его выбрал {officer} для своего дежурства; язык рабочего места действует, когда на дежурстве офицер, не выбравший собственный язык.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
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
            <source>Your language was not kept: %1</source>
            <translation>Ваш язык не сохранён: %1</translation>
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
        <message>
            <source>created must be a time-zone-aware datetime</source>
            <translation>created должно быть значением datetime с часовым поясом</translation>
        </message>
        <message>
            <source>the card's fingerprint {fingerprint} does not match its keys, which give {expected}; the card was altered or damaged</source>
            <translation>отпечаток карточки {fingerprint} не соответствует её ключам, по которым он равен {expected}; карточка изменена или повреждена</translation>
        </message>
        <message>
            <source>a key card is at most {limit} bytes; this one is {size}</source>
            <translation>размер карточки ключа — не более {limit} байт; у этой — {size}</translation>
        </message>
        <message>
            <source>the key card is not valid JSON: {error}</source>
            <translation>карточка ключа не является корректным JSON: {error}</translation>
        </message>
        <message>
            <source>the key card must be a JSON object</source>
            <translation>карточка ключа должна быть объектом JSON</translation>
        </message>
        <message>
            <source>the key card has no {field} field</source>
            <translation>в карточке ключа нет поля {field}</translation>
        </message>
        <message>
            <source>the key card has an unknown field {field}</source>
            <translation>в карточке ключа неизвестное поле {field}</translation>
        </message>
        <message>
            <source>type is {found}, not {expected}</source>
            <translation>type равен {found}, а не {expected}</translation>
        </message>
        <message>
            <source>key card version {version} is not supported (only 1 and 2)</source>
            <translation>версия карточки ключа {version} не поддерживается (только 1 и 2)</translation>
        </message>
        <message>
            <source>the key card has an unknown field {field} (a version 1 card has none)</source>
            <translation>в карточке ключа неизвестное поле {field} (в карточке версии 1 таких полей нет)</translation>
        </message>
        <message>
            <source>the key card is version 2 but has no self-signature: the card was damaged or altered</source>
            <translation>карточка ключа версии 2, но без самоподписи: карточка повреждена или изменена</translation>
        </message>
        <message>
            <source>the key card's self-signature is not text (a 64-byte Ed25519 signature in unpadded base64url): the card was damaged or altered</source>
            <translation>самоподпись карточки ключа не является текстом (64-байтная подпись Ed25519 в base64url без дополнения): карточка повреждена или изменена</translation>
        </message>
        <message>
            <source>created: {problem}</source>
            <translation>created: {problem}</translation>
        </message>
        <message>
            <source>fingerprint must be a string</source>
            <translation>fingerprint должно быть строкой</translation>
        </message>
        <message>
            <source>the key card's self-signature is not a 64-byte Ed25519 signature in unpadded base64url: the card was damaged or altered</source>
            <translation>самоподпись карточки ключа не является 64-байтной подписью Ed25519 в base64url без дополнения: карточка повреждена или изменена</translation>
        </message>
        <message>
            <source>the key card's self-signature does not match its contents: the card was damaged or altered</source>
            <translation>самоподпись карточки ключа не соответствует её содержимому: карточка повреждена или изменена</translation>
        </message>
        <message>
            <source>station_id {station} does not match {pattern} (2 to 32 capital letters, digits or hyphens, not starting with a hyphen)</source>
            <translation>station_id {station} не соответствует {pattern} (от 2 до 32 прописных латинских букв, цифр или дефисов, не начиная с дефиса)</translation>
        </message>
        <message>
            <source>name must be text of 1 to {longest} characters</source>
            <translation>name должно быть текстом длиной от 1 до {longest} символов</translation>
        </message>
        <message>
            <source>name must not contain control characters such as line breaks</source>
            <translation>name не должно содержать управляющих символов, например переводов строки</translation>
        </message>
        <message>
            <source>name must not contain a lone surrogate escape such as \ud800</source>
            <translation>name не должно содержать одиночных суррогатных символов, например \ud800</translation>
        </message>
        <message>
            <source>{field} must be a JSON Web Key object</source>
            <translation>{field} должно быть объектом JSON Web Key</translation>
        </message>
        <message>
            <source>{field} has key type {found}; it must be 'OKP' ({curve})</source>
            <translation>{field}: тип ключа {found}; требуется 'OKP' ({curve})</translation>
        </message>
        <message>
            <source>{field} is on curve {found}; it must be {curve}</source>
            <translation>{field}: кривая {found}; требуется {curve}</translation>
        </message>
        <message>
            <source>{field} contains a private key ('d'); a key card must hold public keys only</source>
            <translation>{field} содержит закрытый ключ ('d'); карточка ключа должна содержать только открытые ключи</translation>
        </message>
        <message>
            <source>{field} has members {extra}; only kty, crv and x are allowed</source>
            <translation>{field} содержит члены {extra}; допускаются только kty, crv и x</translation>
        </message>
        <message>
            <source>{field} must be 32 bytes in unpadded base64url</source>
            <translation>{field} должно содержать 32 байта в base64url без дополнения</translation>
        </message>
        <message>
            <source>stored station keys are not JSON: {error}</source>
            <translation>хранимые ключи станции не являются JSON: {error}</translation>
        </message>
        <message>
            <source>stored station keys are not a JSON object</source>
            <translation>хранимые ключи станции не являются объектом JSON</translation>
        </message>
        <message>
            <source>stored station keys do not say type {type}</source>
            <translation>в хранимых ключах станции не указан type {type}</translation>
        </message>
        <message>
            <source>stored station keys have unknown version {version}</source>
            <translation>у хранимых ключей станции неизвестная версия {version}</translation>
        </message>
        <message>
            <source>stored station keys: created: {problem}</source>
            <translation>хранимые ключи станции: created: {problem}</translation>
        </message>
        <message>
            <source>stored signing_key: public part does not match the private part</source>
            <translation>хранимый signing_key: открытая часть не соответствует закрытой</translation>
        </message>
        <message>
            <source>stored encryption_key: public part does not match the private part</source>
            <translation>хранимый encryption_key: открытая часть не соответствует закрытой</translation>
        </message>
        <message>
            <source>stored {key} is missing or not a JSON object</source>
            <translation>хранимый {key} отсутствует или не является объектом JSON</translation>
        </message>
        <message>
            <source>stored {key} is not an OKP {curve} key</source>
            <translation>хранимый {key} не является ключом OKP {curve}</translation>
        </message>
        <message>
            <source>stored {key} lacks member {member}</source>
            <translation>в хранимом {key} нет члена {member}</translation>
        </message>
        <message>
            <source>stored {key}: {problem}</source>
            <translation>хранимый {key}: {problem}</translation>
        </message>
        <message>
            <source>stored {key}: private key is not 32 bytes</source>
            <translation>хранимый {key}: закрытый ключ не равен 32 байтам</translation>
        </message>
        <message>
            <source>{path} exists and is not a demo station; refusing to replace it</source>
            <translation>{path} существует и не является демонстрационной станцией; заменять его отказано</translation>
        </message>
        <message>
            <source>the exercise script {path} does not exist.</source>
            <translation>сценарий учений {path} не существует.</translation>
        </message>
        <message>
            <source>the exercise script {path} is not JSON: {error}.</source>
            <translation>сценарий учений {path} не является JSON: {error}.</translation>
        </message>
        <message>
            <source>{source} must be a JSON object with one member, "events", a list of events.</source>
            <translation>{source}: требуется объект JSON с одним членом "events" — списком событий.</translation>
        </message>
        <message>
            <source>{where}: "of" names {name}, which no event before it sends.</source>
            <translation>{where}: "of" указывает {name}, но ни одно предшествующее событие его не отправляет.</translation>
        </message>
        <message>
            <source>{where}: the name {name} is taken already.</source>
            <translation>{where}: имя {name} уже занято.</translation>
        </message>
        <message>
            <source>{source}, event {number}</source>
            <translation>{source}, событие {number}</translation>
        </message>
        <message>
            <source>{where} is not a JSON object.</source>
            <translation>{where} не является объектом JSON.</translation>
        </message>
        <message>
            <source>{where} must have exactly one of "send", "gap" or "key_change".</source>
            <translation>{where} должно содержать ровно одно из: "send", "gap" или "key_change".</translation>
        </message>
        <message>
            <source>{where}: {members} is not part of a {action} event (it takes {takes}).</source>
            <translation>{where}: {members} не относится к событию {action} (допустимо: {takes}).</translation>
        </message>
        <message>
            <source>{where}: {members} are not part of a {action} event (it takes {takes}).</source>
            <translation>{where}: {members} не относятся к событию {action} (допустимо: {takes}).</translation>
        </message>
        <message>
            <source>{where}: "minute" must be a number of minutes from the start, 0 or more.</source>
            <translation>{where}: "minute" должно быть числом минут от начала, 0 или больше.</translation>
        </message>
        <message>
            <source>{where}: "gap" must be how many notices are lost, 1 to 100.</source>
            <translation>{where}: "gap" должно быть числом потерянных уведомлений, от 1 до 100.</translation>
        </message>
        <message>
            <source>{where}: "key_change" must be true.</source>
            <translation>{where}: "key_change" должно быть true.</translation>
        </message>
        <message>
            <source>{where}: "send" must be one of {kinds}, not {kind}.</source>
            <translation>{where}: "send" должно быть одним из {kinds}, а не {kind}.</translation>
        </message>
        <message>
            <source>{where}: "precedence" must be one of {precedences}.</source>
            <translation>{where}: "precedence" должно быть одним из {precedences}.</translation>
        </message>
        <message>
            <source>{where}: "{field}" must be a non-empty text.</source>
            <translation>{where}: "{field}" должно быть непустым текстом.</translation>
        </message>
        <message>
            <source>{where}: only a launch notification takes a "name" (the notice later events answer).</source>
            <translation>{where}: "name" допускается только для уведомления о пуске (уведомления, на которое отвечают последующие события).</translation>
        </message>
        <message>
            <source>{where}: only an amendment, cancellation or post-launch report answers a notice ("of").</source>
            <translation>{where}: на уведомление ("of") отвечают только изменение, отмена или донесение о пуске.</translation>
        </message>
        <message>
            <source>minute {minute}: {what}</source>
            <translation>минута {minute}: {what}</translation>
        </message>
        <message numerus="yes">
            <source>acknowledged %n notice(s) of {peer}'s</source>
            <translation>
                <numerusform>подтверждено получение %n уведомления {peer}</numerusform>
                <numerusform>подтверждено получение %n уведомлений {peer}</numerusform>
                <numerusform>подтверждено получение %n уведомлений {peer}</numerusform>
            </translation>
        </message>
        <message>
            <source>key change: a new key generation, fingerprint {fingerprint}; its new key card is {path} (`watchdesk counterpart add` it, then compare the safety number)</source>
            <translation>смена ключей: новое поколение ключей, отпечаток {fingerprint}; новая карточка ключа — {path} (добавьте её командой `watchdesk counterpart add`, затем сверьте контрольный номер)</translation>
        </message>
        <message>
            <source>key change: a new key generation, fingerprint {fingerprint}</source>
            <translation>смена ключей: новое поколение ключей, отпечаток {fingerprint}</translation>
        </message>
        <message>
            <source>gap: sequence {sequences} released and lost on the way</source>
            <translation>пропуск: порядковые номера {sequences} выпущены и потеряны в пути</translation>
        </message>
        <message>
            <source>event {number}: a {kind} answers a launch notification, and this desk has sent none yet; send one first, or name one with "of".</source>
            <translation>событие {number}: {kind} отвечает на уведомление о пуске, а эта станция ещё ни одного не отправила; сначала отправьте его или укажите его через "of".</translation>
        </message>
        <message>
            <source>sent {kind} {precedence} seq {sequence} ({name})</source>
            <translation>отправлено: {kind} {precedence}, порядковый номер {sequence} ({name})</translation>
        </message>
        <message>
            <source>{counterpart} re-sent message {message} under another sequence number: {note} (file {file})</source>
            <translation>Партнёр {counterpart} повторно отправил сообщение {message} под другим порядковым номером: {note} (файл {file})</translation>
        </message>
        <message>
            <source>Acknowledgement {message} {problem}</source>
            <translation>Подтверждение {message}: {problem}</translation>
        </message>
        <message>
            <source>'{station}' is not a station id: use 2 to 32 capital letters, digits and dashes, starting with a letter or digit (for example NRRC-US).</source>
            <translation>'{station}' не является идентификатором станции: используйте от 2 до 32 прописных латинских букв, цифр и дефисов, начиная с буквы или цифры (например, NRRC-US).</translation>
        </message>
        <message>
            <source>the station needs a name, for example 'US Nuclear Risk Reduction Center'</source>
            <translation>станции нужно название, например 'Национальный центр по уменьшению ядерной опасности США'</translation>
        </message>
        <message>
            <source>The store holds no station keys; it was not created by `watchdesk init`.</source>
            <translation>В хранилище нет ключей станции; оно создано не командой `watchdesk init`.</translation>
        </message>
        <message>
            <source>Only a supervisor can turn the two-person rule off, with their PIN.</source>
            <translation>Отключить правило двух лиц может только старший смены, со своим PIN-кодом.</translation>
        </message>
        <message>
            <source>{officer} is not an active supervisor; only a supervisor can turn the two-person rule off.</source>
            <translation>{officer} не является действующим старшим смены; отключить правило двух лиц может только старший смены.</translation>
        </message>
        <message>
            <source>paper anchor {anchor}: {problem}</source>
            <translation>бумажная привязка {anchor}: {problem}</translation>
        </message>
        <message>
            <source>{officer} is not an active supervisor; only a supervisor can acknowledge this.</source>
            <translation>{officer} не является действующим старшим смены; подтвердить это может только старший смены.</translation>
        </message>
        <message>
            <source>Importing the inbox failed ({cause}). The files wait in the inbox and are tried again in {seconds} s.</source>
            <translation>Приём файлов из входящих не выполнен ({cause}). Файлы остаются во входящих; повторная попытка через {seconds} с.</translation>
        </message>
        <message>
            <source>Importing the inbox failed ({cause}). The files wait in the inbox and are tried again in a moment.</source>
            <translation>Приём файлов из входящих не выполнен ({cause}). Файлы остаются во входящих; вскоре будет повторная попытка.</translation>
        </message>
        <message numerus="yes">
            <source>Imports keep failing (%n tries in a row): {cause}. The files wait in the inbox; they are tried again in {seconds} s, or now with Import arrivals now (Ctrl+I).</source>
            <translation>
                <numerusform>Приём файлов не удаётся (%n попытка подряд): {cause}. Файлы остаются во входящих; повторная попытка через {seconds} с, или сейчас — «Принять поступившие сейчас» (Ctrl+I).</numerusform>
                <numerusform>Приём файлов не удаётся (%n попытки подряд): {cause}. Файлы остаются во входящих; повторная попытка через {seconds} с, или сейчас — «Принять поступившие сейчас» (Ctrl+I).</numerusform>
                <numerusform>Приём файлов не удаётся (%n попыток подряд): {cause}. Файлы остаются во входящих; повторная попытка через {seconds} с, или сейчас — «Принять поступившие сейчас» (Ctrl+I).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imports keep failing (%n tries in a row): {cause}. The files wait in the inbox; they are tried again in a moment, or now with Import arrivals now (Ctrl+I).</source>
            <translation>
                <numerusform>Приём файлов не удаётся (%n попытка подряд): {cause}. Файлы остаются во входящих; вскоре будет повторная попытка, или сейчас — «Принять поступившие сейчас» (Ctrl+I).</numerusform>
                <numerusform>Приём файлов не удаётся (%n попытки подряд): {cause}. Файлы остаются во входящих; вскоре будет повторная попытка, или сейчас — «Принять поступившие сейчас» (Ctrl+I).</numerusform>
                <numerusform>Приём файлов не удаётся (%n попыток подряд): {cause}. Файлы остаются во входящих; вскоре будет повторная попытка, или сейчас — «Принять поступившие сейчас» (Ctrl+I).</numerusform>
            </translation>
        </message>
        <message>
            <source>print the record of one notice, or save it as PDF</source>
            <translation>напечатать бланк одного уведомления или сохранить его в PDF</translation>
        </message>
        <message>
            <source>print the watch log of a UTC day or of a watch, or save it as PDF</source>
            <translation>напечатать журнал дежурства за сутки UTC или за дежурство либо сохранить его в PDF</translation>
        </message>
        <message>
            <source>a UTC day, e.g. 2026-11-28</source>
            <translation>сутки UTC, например 2026-11-28</translation>
        </message>
        <message>
            <source>a watch from START to END, UTC times like 2026-11-28T06:00:00Z</source>
            <translation>дежурство с START по END, время UTC в виде 2026-11-28T06:00:00Z</translation>
        </message>
        <message>
            <source>write a PDF file</source>
            <translation>записать файл PDF</translation>
        </message>
        <message>
            <source>send to this installed printer</source>
            <translation>отправить на указанный установленный принтер</translation>
        </message>
        <message>
            <source>the languages to print in, the first leading, e.g. en,ru or en,zh_CN: each label in each language, data once (default: the console's language)</source>
            <translation>языки печати, первый — основной, например en,ru или en,zh_CN: каждая надпись на каждом языке, данные — один раз (по умолчанию: язык консоли)</translation>
        </message>
        <message>
            <source>Nothing was printed: {problem}.</source>
            <translation>Ничего не напечатано: {problem}.</translation>
        </message>
        <message>
            <source>printer {name}</source>
            <translation>принтер {name}</translation>
        </message>
        <message numerus="yes">
            <source>Record of {message_id}: %n page(s) to {where}</source>
            <translation>
                <numerusform>Бланк {message_id}: %n страница, вывод: {where}</numerusform>
                <numerusform>Бланк {message_id}: %n страницы, вывод: {where}</numerusform>
                <numerusform>Бланк {message_id}: %n страниц, вывод: {where}</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot read the watch times: {problem}</source>
            <translation>не удаётся прочитать время дежурства: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>Watch log ({messages} messages): %n page(s) to {where}</source>
            <translation>
                <numerusform>Журнал дежурства (сообщений: {messages}): %n страница, вывод: {where}</numerusform>
                <numerusform>Журнал дежурства (сообщений: {messages}): %n страницы, вывод: {where}</numerusform>
                <numerusform>Журнал дежурства (сообщений: {messages}): %n страниц, вывод: {where}</numerusform>
            </translation>
        </message>
        <message>
            <source>CAP 1.2 alert</source>
            <translation>CAP 1.2 (оповещение)</translation>
        </message>
        <message>
            <source>NOTAM/NAVAREA draft</source>
            <translation>NOTAM/NAVAREA (проект)</translation>
        </message>
        <message>
            <source>{title}: written as {format} to {path}.</source>
            <translation>{title}: записано в формате {format} в {path}.</translation>
        </message>
        <message>
            <source>Left out: {item}.</source>
            <translation>Не включено: {item}.</translation>
        </message>
        <message>
            <source>Note: this notice was {stamp}; export that notice too.</source>
            <translation>Примечание: после отправки это уведомление получило отметку {stamp}; выгрузите также указанное в ней уведомление.</translation>
        </message>
        <message>
            <source>No notice with message id {message_id} is on record at this station.</source>
            <translation>Уведомление с идентификатором сообщения {message_id} на этой станции не зарегистрировано.</translation>
        </message>
        <message>
            <source>No. {sequence} is a {kind}: it holds no launch or impact areas to export.</source>
            <translation>№ {sequence} — {kind}: в нём нет районов пуска или падения для выгрузки.</translation>
        </message>
        <message>
            <source>Cancellation no. {sequence} cancels message {message_id}, which is not on record here, so there are no areas to export.</source>
            <translation>Отмена № {sequence} отменяет сообщение {message_id}, которое здесь не зарегистрировано, поэтому районов для выгрузки нет.</translation>
        </message>
        <message>
            <source>Printing in Chinese needs the Noto Sans CJK SC font (Debian package fonts-noto-cjk), which is not installed on this workstation; nothing was printed. Install it, or print in English or Russian.</source>
            <translation>Для печати на китайском языке нужен шрифт Noto Sans CJK SC (пакет Debian fonts-noto-cjk), который не установлен на этом рабочем месте; ничего не напечатано. Установите его или печатайте на английском или русском языке.</translation>
        </message>
        <message>
            <source>the console is not translated into {language} (printouts can be in {known})</source>
            <translation>консоль не переведена на язык {language} (распечатки возможны на языках: {known})</translation>
        </message>
        <message>
            <source>System language ({language})</source>
            <translation>Язык системы ({language})</translation>
        </message>
        <message>
            <source>Could not start printing '{title}': the output device refused it.</source>
            <translation>Не удалось начать печать '{title}': устройство вывода отказало.</translation>
        </message>
        <message>
            <source>Could not start page {number} of '{title}'.</source>
            <translation>Не удалось начать страницу {number} документа '{title}'.</translation>
        </message>
        <message>
            <source>an unknown time</source>
            <translation>неизвестное время</translation>
        </message>
        <message>
            <source>CANCELLED by no. {sequence} at {time}</source>
            <translation>ОТМЕНЕНО уведомлением № {sequence} в {time}</translation>
        </message>
        <message>
            <source>AMENDED by no. {sequence} at {time}</source>
            <translation>ИЗМЕНЕНО уведомлением № {sequence} в {time}</translation>
        </message>
        <message>
            <source>Sequence {sequence} to {counterpart} · {summary} · message {message_id} · sealed file SHA-256 {digest}…</source>
            <translation>Порядковый номер {sequence} для {counterpart} · {summary} · сообщение {message_id} · SHA-256 запечатанного файла {digest}…</translation>
        </message>
        <message>
            <source>Sequence {sequence} from {counterpart} · {summary} · message {message_id} · sealed file SHA-256 {digest}…</source>
            <translation>Порядковый номер {sequence} от {counterpart} · {summary} · сообщение {message_id} · SHA-256 запечатанного файла {digest}…</translation>
        </message>
        <message>
            <source>message {message_id} (not in this station's store)</source>
            <translation>сообщение {message_id} (нет в хранилище этой станции)</translation>
        </message>
        <message>
            <source>circle, radius {radius} {unit} ({other})</source>
            <translation>круг, радиус {radius} {unit} ({other})</translation>
        </message>
        <message>
            <source>centre {point}</source>
            <translation>центр {point}</translation>
        </message>
        <message numerus="yes">
            <source>polygon, %n corners</source>
            <translation>
                <numerusform>многоугольник, %n вершина</numerusform>
                <numerusform>многоугольник, %n вершины</numerusform>
                <numerusform>многоугольник, %n вершин</numerusform>
            </translation>
        </message>
        <message>
            <source>drawn from the agreement profile's outline</source>
            <translation>нанесён по контуру из профиля соглашения</translation>
        </message>
        <message>
            <source>not on the map: the agreement profile has no outline for it</source>
            <translation>не нанесён на карту: в профиле соглашения нет его контура</translation>
        </message>
        <message>
            <source>in {duration}</source>
            <translation>через {duration}</translation>
        </message>
        <message>
            <source>{duration} ago</source>
            <translation>{duration} назад</translation>
        </message>
        <message>
            <source>local {time}</source>
            <translation>местное {time}</translation>
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
            <translation>Многоугольник (граничные точки)</translation>
        </message>
        <message>
            <source>Circle (centre and radius)</source>
            <translation>Круг (центр и радиус)</translation>
        </message>
        <message>
            <source>Ocean quadrant</source>
            <translation>Квадрант океана</translation>
        </message>
        <message>
            <source>Named body of water</source>
            <translation>Водное пространство (по названию)</translation>
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
        <message>
            <source>Choose a counterpart to see its key card and agreement.</source>
            <translation>Выберите партнёра, чтобы увидеть его карточку ключа и соглашение.</translation>
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
            <translation>Станция</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Ключ</translation>
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
            <source>&amp;Language of their free text…</source>
            <translation>&amp;Язык свободного текста партнёра…</translation>
        </message>
        <message>
            <source>The language this counterpart writes remarks and messages in, named beside their text as received</source>
            <translation>Язык, на котором этот партнёр пишет примечания и сообщения; указывается рядом с его текстом в полученном виде</translation>
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
        <message>
            <source>Language not stated</source>
            <translation>Язык не указан</translation>
        </message>
        <message>
            <source>Language of their free text</source>
            <translation>Язык свободного текста партнёра</translation>
        </message>
        <message>
            <source>%1 writes its remarks and messages in:</source>
            <translation>%1 пишет примечания и сообщения на языке:</translation>
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
            <source>Your language for the console</source>
            <translation>Ваш язык консоли</translation>
        </message>
        <message>
            <source>The workstation's language</source>
            <translation>Язык рабочего места</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
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
            <source>The printout cannot be shown in these languages</source>
            <translation>Распечатку нельзя показать на этих языках</translation>
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
            <translation>мин</translation>
        </message>
        <message>
            <source>h</source>
            <translation>ч</translation>
        </message>
        <message>
            <source>d</source>
            <translation>сут</translation>
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
            <translation>напр. 28-30.00N 080-30.00W, 2830N08030W или 28.5, -80.5</translation>
        </message>
        <message>
            <source>UTC, e.g. 2026-11-29 18:00Z or 291800Z NOV 26</source>
            <translation>UTC, напр. 2026-11-29 18:00Z или 291800Z NOV 26</translation>
        </message>
    </context>
    <context>
        <name>ExportCommand</name>
        <message>
            <source>write a CAP 1.2 alert (XML)</source>
            <translation>записать оповещение CAP 1.2 (XML)</translation>
        </message>
        <message>
            <source>write KML for Google Earth and other GIS tools</source>
            <translation>записать KML для Google Earth и других ГИС</translation>
        </message>
        <message>
            <source>write GeoJSON (RFC 7946)</source>
            <translation>записать GeoJSON (RFC 7946)</translation>
        </message>
        <message>
            <source>write a NOTAM/NAVAREA-style plain-text draft</source>
            <translation>записать проект в виде простого текста в стиле NOTAM/NAVAREA</translation>
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
        <name>FileKind</name>
        <message>
            <source>file</source>
            <translation>файл</translation>
        </message>
        <message>
            <source>symbolic link</source>
            <translation>символическая ссылка</translation>
        </message>
        <message>
            <source>directory</source>
            <translation>каталог</translation>
        </message>
        <message>
            <source>named pipe</source>
            <translation>именованный канал</translation>
        </message>
        <message>
            <source>socket</source>
            <translation>сокет</translation>
        </message>
        <message>
            <source>device</source>
            <translation>устройство</translation>
        </message>
        <message>
            <source>special file</source>
            <translation>специальный файл</translation>
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
        <name>FreeTextSection</name>
        <message>
            <source>%1 as received</source>
            <translation>%1 в полученном виде</translation>
        </message>
        <message>
            <source>Add working translation…</source>
            <translation>Добавить рабочий перевод…</translation>
        </message>
        <message>
            <source>Translate the %1 for this desk; the original stays as received</source>
            <translation>Сделать рабочий перевод поля «%1»; оригинал остаётся в полученном виде</translation>
        </message>
        <message>
            <source>No working translation</source>
            <translation>Рабочий перевод не создан</translation>
        </message>
        <message>
            <source>No officer is on watch. A working translation names the officer who made it: take the watch first (Station → Start of watch…).</source>
            <translation>Нет дежурного офицера. В рабочем переводе указывается офицер, который его выполнил: сначала заступите на дежурство (Станция → Заступление на дежурство…).</translation>
        </message>
        <message>
            <source>The working translation was not kept</source>
            <translation>Рабочий перевод не сохранён</translation>
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
            <translation>Карточки ключей (*.json *.wdk *.txt);;Все файлы (*)</translation>
        </message>
    </context>
    <context>
        <name>Kind</name>
        <message>
            <source>launch notification</source>
            <translation>уведомление о пуске</translation>
        </message>
        <message>
            <source>amendment</source>
            <translation>изменение уведомления</translation>
        </message>
        <message>
            <source>cancellation</source>
            <translation>отмена</translation>
        </message>
        <message>
            <source>post-launch report</source>
            <translation>донесение о пуске</translation>
        </message>
        <message>
            <source>general communication</source>
            <translation>общее сообщение</translation>
        </message>
        <message>
            <source>acknowledgement</source>
            <translation>подтверждение получения</translation>
        </message>
        <message>
            <source>error report</source>
            <translation>сообщение об ошибке</translation>
        </message>
    </context>
    <context>
        <name>LanguageChoice</name>
        <message>
            <source>Languages of the printout</source>
            <translation>Языки распечатки</translation>
        </message>
        <message>
            <source>Print in the console's language, or label by label in it and a second language (free text as received, working translations marked as such)</source>
            <translation>Печатать на языке консоли или, надпись за надписью, на нём и втором языке (свободный текст — в полученном виде, рабочие переводы помечены как таковые)</translation>
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
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Notice</source>
            <translation>&amp;Уведомление</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Station</source>
            <translation>&amp;Станция</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>С&amp;правка</translation>
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
            <source>Drafts</source>
            <translation>Черновики</translation>
        </message>
        <message>
            <source>Counterparts</source>
            <translation>Партнёры</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>Аудит</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Станция</translation>
        </message>
        <message>
            <source>Officers</source>
            <translation>Офицеры</translation>
        </message>
        <message>
            <source>Quarantine</source>
            <translation>Карантин</translation>
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
            <source> — DEMO (synthetic data)</source>
            <translation> — ДЕМО (синтетические данные)</translation>
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
        <name>MapWidget</name>
        <message>
            <source>Map of launch and impact areas</source>
            <translation>Карта районов пуска и падения</translation>
        </message>
        <message>
            <source>Fit map to areas</source>
            <translation>Вписать районы в карту</translation>
        </message>
        <message>
            <source>Show all areas (F)</source>
            <translation>Показать все районы (F)</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Увеличить</translation>
        </message>
        <message>
            <source>Zoom in (+)</source>
            <translation>Увеличить (+)</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Уменьшить</translation>
        </message>
        <message>
            <source>Zoom out (-)</source>
            <translation>Уменьшить (-)</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Вписать</translation>
        </message>
        <message>
            <source>No areas</source>
            <translation>Районов нет</translation>
        </message>
        <message>
            <source>%1. Arrow keys pan, plus and minus zoom, F fits the map to the areas.</source>
            <translation>%1. Клавиши со стрелками сдвигают карту, плюс и минус меняют масштаб, F вписывает все районы в карту.</translation>
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
            <translation>Изменение или перенос</translation>
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
            <translation>Уведомление</translation>
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
        <name>Ocean</name>
        <message>
            <source>Atlantic</source>
            <translation>Атлантический</translation>
        </message>
        <message>
            <source>Pacific</source>
            <translation>Тихий</translation>
        </message>
        <message>
            <source>Indian</source>
            <translation>Индийский</translation>
        </message>
        <message>
            <source>Arctic</source>
            <translation>Северный Ледовитый</translation>
        </message>
        <message>
            <source>Southern</source>
            <translation>Южный</translation>
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
            <source>Language</source>
            <translation>Язык</translation>
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
            <source>&amp;Language…</source>
            <translation>&amp;Язык…</translation>
        </message>
        <message>
            <source>The language the console shows while this officer is on watch</source>
            <translation>Язык консоли, пока этот офицер на дежурстве</translation>
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
            <source>the workstation's</source>
            <translation>язык рабочего места</translation>
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
            <source>The workstation's language</source>
            <translation>Язык рабочего места</translation>
        </message>
        <message>
            <source>Language of %1</source>
            <translation>Язык офицера %1</translation>
        </message>
        <message>
            <source>The console shows this language while %1 is on watch:</source>
            <translation>Пока %1 на дежурстве, консоль работает на языке:</translation>
        </message>
        <message>
            <source>Language not changed</source>
            <translation>Язык не изменён</translation>
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
            <translation>любые два разных офицера</translation>
        </message>
        <message>
            <source>an officer and a supervisor</source>
            <translation>офицер и старший смены</translation>
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
            <source>Languages</source>
            <translation>Языки</translation>
        </message>
        <message>
            <source>Print each label in the console's language, or in it and a second language (data once; free text as received, working translations marked as such).</source>
            <translation>Печатать каждую надпись на языке консоли или на нём и втором языке (данные — один раз; свободный текст — в полученном виде, рабочие переводы помечены как таковые).</translation>
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
            <source>The record cannot be shown</source>
            <translation>Бланк нельзя показать</translation>
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
            <source>The watch log cannot be shown</source>
            <translation>Журнал дежурства нельзя показать</translation>
        </message>
        <message>
            <source>Print preview — watch log of %1</source>
            <translation>Предпросмотр печати — журнал дежурства за %1</translation>
        </message>
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
    <context>
        <name>PrintLabels</name>
        <message>
            <source>Printed {when} by {who} · Page {page} of {pages}</source>
            <translation>Напечатал {who}, {when} · Страница {page} из {pages}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Страница {page} из {pages}</translation>
        </message>
        <message>
            <source>Audit head {count}:{hash} · signature {signature}</source>
            <translation>Голова аудита {count}:{hash} · подпись {signature}</translation>
        </message>
        <message>
            <source>Watchdesk · {station} · Record of message {message_id}</source>
            <translation>Watchdesk · {station} · Бланк сообщения {message_id}</translation>
        </message>
        <message>
            <source>Record of message received</source>
            <translation>Бланк полученного сообщения</translation>
        </message>
        <message>
            <source>Record of message sent</source>
            <translation>Бланк отправленного сообщения</translation>
        </message>
        <message>
            <source>Record of draft message (not sent)</source>
            <translation>Бланк проекта сообщения (не отправлено)</translation>
        </message>
        <message>
            <source>From {sender} to {recipient}</source>
            <translation>Отправитель {sender}, получатель {recipient}</translation>
        </message>
        <message>
            <source>{station_id} ({station_name})</source>
            <translation>{station_id} ({station_name})</translation>
        </message>
        <message>
            <source>Message {message_id} · Sequence {sequence} · {precedence}</source>
            <translation>Сообщение {message_id} · Порядковый номер {sequence} · {precedence}</translation>
        </message>
        <message>
            <source>Scan to match this paper with the stored record</source>
            <translation>Отсканируйте, чтобы сверить этот лист с хранимой записью</translation>
        </message>
        <message>
            <source>Sealed · signature {signature} · sender's key {key}</source>
            <translation>Запечатано · подпись {signature} · ключ отправителя {key}</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>действительна</translation>
        </message>
        <message>
            <source>INVALID</source>
            <translation>НЕДЕЙСТВИТЕЛЬНА</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>проверен</translation>
        </message>
        <message>
            <source>NOT VERIFIED</source>
            <translation>НЕ ПРОВЕРЕН</translation>
        </message>
        <message>
            <source>Acknowledged {when} by {who}</source>
            <translation>Получение подтвердил {who}, {when}</translation>
        </message>
        <message>
            <source>End of record of message {message_id}</source>
            <translation>Конец бланка сообщения {message_id}</translation>
        </message>
        <message>
            <source>This message is an EXERCISE. It does not notify a real launch.</source>
            <translation>Это сообщение — EXERCISE. О реальном пуске оно не уведомляет.</translation>
        </message>
        <message>
            <source>This message is a TEST of the channel. It does not notify a real launch.</source>
            <translation>Это сообщение — TEST канала. О реальном пуске оно не уведомляет.</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Сообщение</translation>
        </message>
        <message>
            <source>Launch details</source>
            <translation>Данные о пуске</translation>
        </message>
        <message>
            <source>Replacement launch details (full content of the amendment)</source>
            <translation>Новые данные о пуске (полное содержание изменения)</translation>
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
        <message>
            <source>Impact areas ({count})</source>
            <translation>Районы падения ({count})</translation>
        </message>
        <message>
            <source>Map of the areas</source>
            <translation>Карта районов</translation>
        </message>
        <message>
            <source>References</source>
            <translation>Ссылки</translation>
        </message>
        <message>
            <source>What this amendment changes</source>
            <translation>Что меняет это изменение</translation>
        </message>
        <message>
            <source>The chain on record (ours and theirs)</source>
            <translation>Зарегистрированная цепочка (наши и их сообщения)</translation>
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
            <source>(not given)</source>
            <translation>(не указано)</translation>
        </message>
        <message>
            <source>No launch detail differs from the version it replaces.</source>
            <translation>Данные о пуске не отличаются от заменяемой версии.</translation>
        </message>
        <message>
            <source>The version this amends is not on record here: compare the replacement below by hand.</source>
            <translation>Изменяемая версия здесь не зарегистрирована: сверьте приведённые ниже новые данные вручную.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>From</source>
            <translation>От</translation>
        </message>
        <message>
            <source>DTG (UTC)</source>
            <translation>DTG (UTC)</translation>
        </message>
        <message>
            <source>Message ID</source>
            <translation>Идентификатор сообщения</translation>
        </message>
        <message>
            <source>them</source>
            <translation>они</translation>
        </message>
        <message>
            <source>us</source>
            <translation>мы</translation>
        </message>
        <message>
            <source>this record</source>
            <translation>этот бланк</translation>
        </message>
        <message>
            <source>not on record here</source>
            <translation>здесь не зарегистрировано</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>Служебные данные</translation>
        </message>
        <message>
            <source>Verification</source>
            <translation>Проверка</translation>
        </message>
        <message>
            <source>Acknowledgement of this message</source>
            <translation>Подтверждение получения этого сообщения</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Направление</translation>
        </message>
        <message>
            <source>This station</source>
            <translation>Эта станция</translation>
        </message>
        <message>
            <source>Counterpart</source>
            <translation>Партнёр</translation>
        </message>
        <message>
            <source>Sender → recipient</source>
            <translation>Отправитель → получатель</translation>
        </message>
        <message>
            <source>Channel sequence no.</source>
            <translation>Порядковый номер в канале</translation>
        </message>
        <message>
            <source>Precedence</source>
            <translation>Срочность</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Date-time group</source>
            <translation>DTG</translation>
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
            <source>Format version</source>
            <translation>Версия формата</translation>
        </message>
        <message>
            <source>Received from {counterpart}</source>
            <translation>Получено от {counterpart}</translation>
        </message>
        <message>
            <source>Sent to {counterpart}</source>
            <translation>Отправлено для {counterpart}</translation>
        </message>
        <message>
            <source>{station_id} — {station_name}</source>
            <translation>{station_id} — {station_name}</translation>
        </message>
        <message>
            <source>Local {local}</source>
            <translation>Местное {local}</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Нет</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>Не указано</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Не записано</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Нет</translation>
        </message>
        <message>
            <source>Vehicle category</source>
            <translation>Категория носителя</translation>
        </message>
        <message>
            <source>Number of vehicles</source>
            <translation>Число носителей</translation>
        </message>
        <message>
            <source>Group launch</source>
            <translation>Групповой пуск</translation>
        </message>
        <message>
            <source>Launch window opens</source>
            <translation>Начало окна пуска</translation>
        </message>
        <message>
            <source>Launch window closes</source>
            <translation>Конец окна пуска</translation>
        </message>
        <message>
            <source>Window length</source>
            <translation>Длительность окна</translation>
        </message>
        <message>
            <source>Planned direction</source>
            <translation>Планируемое направление</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Примечания</translation>
        </message>
        <message>
            <source>Launch area</source>
            <translation>Район пуска</translation>
        </message>
        <message>
            <source>Impact area {number} of {count}</source>
            <translation>Район падения {number} из {count}</translation>
        </message>
        <message>
            <source>Polygon, {corners} corners</source>
            <translation>Многоугольник, вершин: {corners}</translation>
        </message>
        <message>
            <source>Circle, radius {radius}</source>
            <translation>Круг, радиус {radius}</translation>
        </message>
        <message>
            <source>Unrecognised area type '{type}'</source>
            <translation>Неизвестный тип района '{type}'</translation>
        </message>
        <message>
            <source>{ocean} Ocean, {quadrant} quadrant</source>
            <translation>{ocean} океан, квадрант {quadrant}</translation>
        </message>
        <message>
            <source>{radius} {unit} ({other})</source>
            <translation>{radius} {unit} ({other})</translation>
        </message>
        <message>
            <source>Centre</source>
            <translation>Центр</translation>
        </message>
        <message>
            <source>{number} (closes ring)</source>
            <translation>{number} (замыкает контур)</translation>
        </message>
        <message>
            <source>Point</source>
            <translation>Точка</translation>
        </message>
        <message>
            <source>Latitude (DMS)</source>
            <translation>Широта (DMS)</translation>
        </message>
        <message>
            <source>Longitude (DMS)</source>
            <translation>Долгота (DMS)</translation>
        </message>
        <message>
            <source>Latitude (decimal °)</source>
            <translation>Широта (десятичные °)</translation>
        </message>
        <message>
            <source>Longitude (decimal °)</source>
            <translation>Долгота (десятичные °)</translation>
        </message>
        <message>
            <source>unreadable point: {raw}</source>
            <translation>нечитаемая точка: {raw}</translation>
        </message>
        <message>
            <source>Launch and impact areas, for orientation only; the coordinates above are authoritative.</source>
            <translation>Районы пуска и падения, только для ориентировки; определяющими являются приведённые выше координаты.</translation>
        </message>
        <message>
            <source>The map could not be drawn ({reason}). The coordinates above are complete.</source>
            <translation>Карту построить не удалось ({reason}). Приведённые выше координаты полные.</translation>
        </message>
        <message>
            <source>Amends message</source>
            <translation>Изменяет сообщение</translation>
        </message>
        <message>
            <source>Reason for amendment</source>
            <translation>Причина изменения</translation>
        </message>
        <message>
            <source>Cancels message</source>
            <translation>Отменяет сообщение</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Reports on message</source>
            <translation>Донесение по сообщению</translation>
        </message>
        <message>
            <source>Actual launch time</source>
            <translation>Фактическое время пуска</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>Acknowledges message</source>
            <translation>Подтверждает получение сообщения</translation>
        </message>
        <message>
            <source>SHA-256 of acknowledged file</source>
            <translation>SHA-256 подтверждённого файла</translation>
        </message>
        <message>
            <source>Received at</source>
            <translation>Время получения</translation>
        </message>
        <message>
            <source>Acknowledged at</source>
            <translation>Время подтверждения</translation>
        </message>
        <message>
            <source>Acknowledged by</source>
            <translation>Подтвердил</translation>
        </message>
        <message>
            <source>Refers to message</source>
            <translation>Ссылается на сообщение</translation>
        </message>
        <message>
            <source>SHA-256 of referenced file</source>
            <translation>SHA-256 файла, на который дана ссылка</translation>
        </message>
        <message>
            <source>Unknown (the file could not be opened)</source>
            <translation>Неизвестно (файл не удалось открыть)</translation>
        </message>
        <message>
            <source>SHA-256 of sealed file</source>
            <translation>SHA-256 запечатанного файла</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Утвердил</translation>
        </message>
        <message>
            <source>Rule override</source>
            <translation>Отступление от правил</translation>
        </message>
        <message>
            <source>None: the agreement's rules were met</source>
            <translation>Нет: правила соглашения соблюдены</translation>
        </message>
        <message>
            <source>RULE OVERRIDE</source>
            <translation>ОТСТУПЛЕНИЕ ОТ ПРАВИЛ</translation>
        </message>
        <message>
            <source>The officer released this message although a rule of the agreement was not met. Reason given:</source>
            <translation>Офицер выпустил это сообщение, хотя правило соглашения не было соблюдено. Указанная причина:</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Подпись</translation>
        </message>
        <message>
            <source>Sender's key fingerprint</source>
            <translation>Отпечаток ключа отправителя</translation>
        </message>
        <message>
            <source>Sender's key</source>
            <translation>Ключ отправителя</translation>
        </message>
        <message>
            <source>VALID</source>
            <translation>ДЕЙСТВИТЕЛЬНА</translation>
        </message>
        <message>
            <source>INVALID — do not rely on this message</source>
            <translation>НЕДЕЙСТВИТЕЛЬНА — не полагайтесь на это сообщение</translation>
        </message>
        <message>
            <source>Verified (safety number confirmed)</source>
            <translation>Проверен (контрольный номер подтверждён)</translation>
        </message>
        <message>
            <source>NOT VERIFIED — safety number not confirmed</source>
            <translation>НЕ ПРОВЕРЕН — контрольный номер не подтверждён</translation>
        </message>
        <message>
            <source>NOT YET SEALED</source>
            <translation>ЕЩЁ НЕ ЗАПЕЧАТАНО</translation>
        </message>
        <message>
            <source>This is a draft or preview. It has not been signed, sealed or sent.</source>
            <translation>Это черновик или предварительный просмотр. Он не подписан, не запечатан и не отправлен.</translation>
        </message>
        <message>
            <source>NOT ACKNOWLEDGED</source>
            <translation>ПОЛУЧЕНИЕ НЕ ПОДТВЕРЖДЕНО</translation>
        </message>
        <message>
            <source>No acknowledgement of this message had been recorded when this copy was printed.</source>
            <translation>На момент печати этой копии подтверждение получения этого сообщения не было зарегистрировано.</translation>
        </message>
        <message>
            <source>Not applicable: an acknowledgement is not itself acknowledged.</source>
            <translation>Неприменимо: получение подтверждения само не подтверждается.</translation>
        </message>
        <message>
            <source>Acknowledgement due</source>
            <translation>Срок подтверждения</translation>
        </message>
        <message>
            <source>Due from the counterpart</source>
            <translation>Срок подтверждения партнёром</translation>
        </message>
        <message>
            <source>Deadline met</source>
            <translation>Срок соблюдён</translation>
        </message>
        <message>
            <source>No deadline: none is asked for this message</source>
            <translation>Срока нет: для этого сообщения подтверждение не запрашивается</translation>
        </message>
        <message>
            <source>Yes: acknowledged {margin} before the deadline</source>
            <translation>Да: получение подтверждено за {margin} до истечения срока</translation>
        </message>
        <message>
            <source>NO: LATE, acknowledged {margin} after the deadline</source>
            <translation>НЕТ: ПРОСРОЧЕНО, получение подтверждено через {margin} после истечения срока</translation>
        </message>
        <message>
            <source>NO: LATE, not acknowledged and {margin} past the deadline when printed</source>
            <translation>НЕТ: ПРОСРОЧЕНО, на момент печати получение не подтверждено, срок истёк {margin} назад</translation>
        </message>
        <message>
            <source>Not yet acknowledged; {margin} left when printed</source>
            <translation>Получение ещё не подтверждено; на момент печати осталось {margin}</translation>
        </message>
        <message>
            <source>due {due}, met</source>
            <translation>срок {due}, соблюдён</translation>
        </message>
        <message>
            <source>LATE: due {due}, {margin} after it</source>
            <translation>ПРОСРОЧЕНО: срок {due}, подтверждено на {margin} позже</translation>
        </message>
        <message>
            <source>LATE: due {due}, {margin} overdue</source>
            <translation>ПРОСРОЧЕНО на {margin}: срок {due}</translation>
        </message>
        <message>
            <source>due {due}</source>
            <translation>срок {due}</translation>
        </message>
        <message>
            <source>Handled by</source>
            <translation>Исполнитель</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Офицер</translation>
        </message>
        <message>
            <source>Date-time (UTC)</source>
            <translation>Дата и время (UTC)</translation>
        </message>
        <message>
            <source>Initials</source>
            <translation>Инициалы</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Получено</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Подтверждено</translation>
        </message>
        <message>
            <source>Drafted</source>
            <translation>Составлено</translation>
        </message>
        <message>
            <source>Released</source>
            <translation>Выпущено</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Утверждено</translation>
        </message>
        <message>
            <source>Filed</source>
            <translation>Подшито</translation>
        </message>
        <message>
            <source>Names and times as recorded by the console; a blank one is written in by hand.</source>
            <translation>Имена и время по записям консоли; пустые графы заполняются от руки.</translation>
        </message>
        <message>
            <source>Received: the officer on watch when the message arrived.</source>
            <translation>Получено: офицер, находившийся на дежурстве в момент поступления сообщения.</translation>
        </message>
        <message>
            <source>PROBLEM — NOT A VALID ACKNOWLEDGEMENT</source>
            <translation>ОШИБКА — ПОДТВЕРЖДЕНИЕ НЕДЕЙСТВИТЕЛЬНО</translation>
        </message>
        <message>
            <source>This message {problem}.</source>
            <translation>Ошибка в этом сообщении: {problem}.</translation>
        </message>
        <message>
            <source>It does not count as an acknowledgement of any message of ours. Raise it with the counterpart.</source>
            <translation>Оно не считается подтверждением получения ни одного из наших сообщений. Обсудите это с партнёром.</translation>
        </message>
        <message>
            <source>PROBLEM: {problem}</source>
            <translation>ОШИБКА: {problem}</translation>
        </message>
        <message>
            <source>Launch notification</source>
            <translation>Уведомление о пуске</translation>
        </message>
        <message>
            <source>Watch log</source>
            <translation>Журнал дежурства</translation>
        </message>
        <message>
            <source>Watchdesk · {station} · Watch log {period}</source>
            <translation>Watchdesk · {station} · Журнал дежурства: {period}</translation>
        </message>
        <message>
            <source>UTC day {day}</source>
            <translation>Сутки UTC {day}</translation>
        </message>
        <message>
            <source>Watch {start} – {end}</source>
            <translation>Дежурство {start} – {end}</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Станция</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Officers on watch</source>
            <translation>Офицеры на дежурстве</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Сообщения</translation>
        </message>
        <message>
            <source>{total} in all: {incoming} received, {outgoing} sent; {unacknowledged} not acknowledged; {late} LATE (acknowledged after the deadline, or not yet and past it)</source>
            <translation>Всего: {total}; получено: {incoming}, отправлено: {outgoing}; не подтверждено: {unacknowledged}; ПРОСРОЧЕНО: {late} (подтверждено после срока либо не подтверждено при истёкшем сроке)</translation>
        </message>
        <message>
            <source>Watch</source>
            <translation>Дежурство</translation>
        </message>
        <message>
            <source>Watch taken by {officer}</source>
            <translation>Дежурство принял: {officer}</translation>
        </message>
        <message>
            <source>Watch handed over: {outgoing} to {incoming}</source>
            <translation>Передача дежурства: сдал {outgoing}, принял {incoming}</translation>
        </message>
        <message>
            <source>No change of watch recorded in this period</source>
            <translation>За этот период смены дежурства не зарегистрировано</translation>
        </message>
        <message>
            <source>Change of watch</source>
            <translation>Передача дежурства</translation>
        </message>
        <message>
            <source>Watch taken</source>
            <translation>Принятие дежурства</translation>
        </message>
        <message>
            <source>{outgoing} to {incoming}</source>
            <translation>{outgoing} → {incoming}</translation>
        </message>
        <message>
            <source>Ack due</source>
            <translation>Срок подтв.</translation>
        </message>
        <message>
            <source>LATE</source>
            <translation>ПРОСРОЧЕНО</translation>
        </message>
        <message>
            <source>This log lists {count} message(s). Closed and signed:</source>
            <translation>Сообщений в журнале: {count}. Закрыт и подписан:</translation>
        </message>
        <message>
            <source>Sequence gaps</source>
            <translation>Пропуски в порядковых номерах</translation>
        </message>
        <message>
            <source>Quarantined files</source>
            <translation>Файлы в карантине</translation>
        </message>
        <message>
            <source>For the officer's attention</source>
            <translation>Для сведения офицера</translation>
        </message>
        <message>
            <source>Nothing: no acknowledgement of an unknown message, no message re-sent under another sequence number.</source>
            <translation>Ничего: нет подтверждений неизвестных сообщений и нет сообщений, повторно отправленных под другим порядковым номером.</translation>
        </message>
        <message>
            <source>When (UTC)</source>
            <translation>Когда (UTC)</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>PROBLEM</source>
            <translation>ОШИБКА</translation>
        </message>
        <message>
            <source>No messages in this period.</source>
            <translation>За этот период сообщений нет.</translation>
        </message>
        <message>
            <source>No gaps in the counterparts' sequence numbers.</source>
            <translation>Пропусков в порядковых номерах партнёров нет.</translation>
        </message>
        <message>
            <source>No files were quarantined.</source>
            <translation>Файлы в карантин не помещались.</translation>
        </message>
        <message>
            <source>{utc}
Local {local}</source>
            <translation>{utc}
Местное {local}</translation>
        </message>
        <message>
            <source>Dir</source>
            <translation>Напр.</translation>
        </message>
        <message>
            <source>Prec.</source>
            <translation>Сроч.</translation>
        </message>
        <message>
            <source>Seq</source>
            <translation>Пор. №</translation>
        </message>
        <message>
            <source>IN</source>
            <translation>ВХ</translation>
        </message>
        <message>
            <source>OUT</source>
            <translation>ИСХ</translation>
        </message>
        <message>
            <source>NOT ACK</source>
            <translation>НЕ ПОДТВ.</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>н/п</translation>
        </message>
        <message>
            <source>Missing sequence numbers</source>
            <translation>Пропущенные порядковые номера</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Signature of the officer closing the watch</source>
            <translation>Подпись офицера, закрывающего дежурство</translation>
        </message>
        <message>
            <source>End of watch log</source>
            <translation>Конец журнала дежурства</translation>
        </message>
        <message>
            <source>SECRET — STORE RECOVERY KEY — KEEP IN THE SAFE</source>
            <translation>СЕКРЕТНО — КЛЮЧ ВОССТАНОВЛЕНИЯ ХРАНИЛИЩА — ХРАНИТЬ В СЕЙФЕ</translation>
        </message>
        <message>
            <source>Watchdesk · {station} · Store recovery sheet</source>
            <translation>Watchdesk · {station} · Лист восстановления хранилища</translation>
        </message>
        <message>
            <source>Store recovery sheet</source>
            <translation>Лист восстановления хранилища</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Папка данных</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Создано</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Код восстановления</translation>
        </message>
        <message>
            <source>13 groups. The character after each dash checks its group, so a typo is caught in the group where it was made.</source>
            <translation>13 групп. Символ после каждого дефиса — контрольный для своей группы, поэтому опечатка обнаруживается в той группе, где она сделана.</translation>
        </message>
        <message>
            <source>Group {number}</source>
            <translation>Группа {number}</translation>
        </message>
        <message>
            <source>When to use it</source>
            <translation>Когда использовать</translation>
        </message>
        <message>
            <source>Only when the station's key in the operating system keyring has been lost (new workstation, reinstalled system, damaged keyring). At the station's workstation run:</source>
            <translation>Только если ключ станции в связке ключей операционной системы утрачен (новое рабочее место, переустановка системы, повреждение связки ключей). На рабочем месте станции выполните:</translation>
        </message>
        <message>
            <source>and type the code when asked, group by group.</source>
            <translation>и по запросу введите код, группа за группой.</translation>
        </message>
        <message>
            <source>How to keep it</source>
            <translation>Как хранить</translation>
        </message>
        <message>
            <source>Keep this sheet in the safe. Anyone holding it together with the station's data can read every record of the station. Do not photograph, scan or copy it. Delete the recovery file from disk once this sheet has been printed and checked.</source>
            <translation>Храните этот лист в сейфе. Тот, у кого он окажется вместе с данными станции, сможет прочитать все записи станции. Не фотографируйте, не сканируйте и не копируйте его. Удалите файл восстановления с диска, как только этот лист будет напечатан и проверен.</translation>
        </message>
        <message>
            <source>Created {when} · Page {page} of {pages}</source>
            <translation>Создано {when} · Страница {page} из {pages}</translation>
        </message>
        <message>
            <source>Checked against the screen by: ______________________   Date: ____________</source>
            <translation>Сверено с экраном: ______________________   Дата: ____________</translation>
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
            <translation>OTHER</translation>
        </message>
        <message>
            <source>Atlantic</source>
            <translation>Атлантический</translation>
        </message>
        <message>
            <source>Pacific</source>
            <translation>Тихий</translation>
        </message>
        <message>
            <source>Indian</source>
            <translation>Индийский</translation>
        </message>
        <message>
            <source>Arctic</source>
            <translation>Северный Ледовитый</translation>
        </message>
        <message>
            <source>Southern</source>
            <translation>Южный</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Английский</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Русский</translation>
        </message>
        <message>
            <source>Simplified Chinese</source>
            <translation>Китайский (упрощённый)</translation>
        </message>
        <message>
            <source>Original ({language})</source>
            <translation>Оригинал ({language})</translation>
        </message>
        <message>
            <source>Original (language not stated)</source>
            <translation>Оригинал (язык не указан)</translation>
        </message>
        <message>
            <source>Working translation into {language} by {officer}, {time} — not the original</source>
            <translation>Рабочий перевод (язык: {language}), выполнил {officer}, {time} — не оригинал</translation>
        </message>
    </context>
    <context>
        <name>QuarantineDetail</name>
        <message>
            <source>The quarantined file, inspected</source>
            <translation>Файл в карантине, результаты осмотра</translation>
        </message>
        <message>
            <source>Select a quarantined file to inspect it.</source>
            <translation>Выберите файл в карантине, чтобы осмотреть его.</translation>
        </message>
        <message>
            <source>(being moved)</source>
            <translation>(перемещается)</translation>
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
            <source>Quarantined file</source>
            <translation>Файл в карантине</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Стало</translation>
        </message>
        <message>
            <source>a %1, not a file: not opened</source>
            <translation>не файл (%1): не открывался</translation>
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
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <source>Digest</source>
            <translation>Хеш</translation>
        </message>
        <message>
            <source>Header claims</source>
            <translation>Заявлено в заголовке</translation>
        </message>
        <message>
            <source>unauthenticated: for reference only</source>
            <translation>не проверено на подлинность: только для сведения</translation>
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
            <translation>файл зашифрован для ключа {key}, который не относится к ключам шифрования этой станции (текущим или прежним); файл предназначен для другой станции или для поколения ключей, которого у этой станции больше нет</translation>
        </message>
        <message>
            <source>the file says it comes from {sender}, a station with no key card on record</source>
            <translation>файл указывает отправителем {sender} — станцию без зарегистрированной карточки ключа</translation>
        </message>
        <message>
            <source>the file is {size} bytes; the limit is {limit} bytes (1 MiB)</source>
            <translation>размер файла — {size} байт; предел — {limit} байт (1 MiB)</translation>
        </message>
        <message>
            <source>the file contains a non-ASCII byte ({byte} at offset {offset})</source>
            <translation>файл содержит байт вне ASCII ({byte} по смещению {offset})</translation>
        </message>
        <message>
            <source>the file has data after the sealed notice (at offset {offset}); only a single line feed may follow it</source>
            <translation>в файле есть данные после запечатанного уведомления (по смещению {offset}); за ним допускается только один перевод строки</translation>
        </message>
        <message>
            <source>the file is not a sealed notice: unexpected character at offset {offset}</source>
            <translation>файл не является запечатанным уведомлением: неожиданный символ по смещению {offset}</translation>
        </message>
        <message>
            <source>the file is not a sealed notice: a JWE compact serialization has 5 parts, this has {count}</source>
            <translation>файл не является запечатанным уведомлением: компактная сериализация JWE состоит из 5 частей, а здесь их {count}</translation>
        </message>
        <message>
            <source>the JWE {part} is not valid base64url</source>
            <translation>часть JWE {part} не является корректным base64url</translation>
        </message>
        <message>
            <source>the JWE {part} is empty</source>
            <translation>часть JWE {part} пуста</translation>
        </message>
        <message>
            <source>the {layer} protected header is not valid JSON: {error}</source>
            <translation>защищённый заголовок {layer} не является корректным JSON: {error}</translation>
        </message>
        <message>
            <source>the {layer} protected header is not a JSON object</source>
            <translation>защищённый заголовок {layer} не является объектом JSON</translation>
        </message>
        <message>
            <source>key management algorithm {found} is not allowed; only {allowed}</source>
            <translation>алгоритм управления ключами {found} не допускается; допускается только {allowed}</translation>
        </message>
        <message>
            <source>content encryption {found} is not allowed; only {allowed}</source>
            <translation>шифрование содержимого {found} не допускается; допускается только {allowed}</translation>
        </message>
        <message>
            <source>compressed content ('zip' header) is not allowed</source>
            <translation>сжатое содержимое (заголовок 'zip') не допускается</translation>
        </message>
        <message>
            <source>the JWE header marks {names} as critical extensions, which this version does not know</source>
            <translation>заголовок JWE помечает {names} как критические расширения, неизвестные этой версии</translation>
        </message>
        <message>
            <source>the JWE header has no key id ('kid') naming the recipient's key</source>
            <translation>в заголовке JWE нет идентификатора ключа ('kid') с указанием ключа получателя</translation>
        </message>
        <message>
            <source>the JWE content type ('cty') is {found}, not {expected}</source>
            <translation>тип содержимого JWE ('cty') — {found}, а не {expected}</translation>
        </message>
        <message>
            <source>the JWE header '{header}' is missing or not a station id</source>
            <translation>заголовок JWE '{header}' отсутствует или не является идентификатором станции</translation>
        </message>
        <message>
            <source>the JWE header '{header}' is missing or not a message id</source>
            <translation>заголовок JWE '{header}' отсутствует или не является идентификатором сообщения</translation>
        </message>
        <message>
            <source>the JWE ephemeral key ('epk') is missing or not an {curve} key</source>
            <translation>эфемерный ключ JWE ('epk') отсутствует или не является ключом {curve}</translation>
        </message>
        <message>
            <source>the JWE ephemeral key's 'x' is not 32 bytes in unpadded canonical base64url</source>
            <translation>'x' эфемерного ключа JWE не равен 32 байтам в канонической форме base64url без дополнения</translation>
        </message>
        <message>
            <source>the file could not be decrypted with this station's key: it was damaged or altered in transfer, or not made for this key ({error})</source>
            <translation>файл не удалось расшифровать ключом этой станции: он повреждён или изменён при передаче либо создан не для этого ключа ({error})</translation>
        </message>
        <message>
            <source>decryption produced no content</source>
            <translation>расшифровка не дала содержимого</translation>
        </message>
        <message>
            <source>the decrypted content is not a signed notice (non-ASCII)</source>
            <translation>расшифрованное содержимое не является подписанным уведомлением (символы вне ASCII)</translation>
        </message>
        <message>
            <source>the decrypted content is not a JWS compact serialization (3 base64url parts joined by dots)</source>
            <translation>расшифрованное содержимое не является компактной сериализацией JWS (3 части base64url, соединённые точками)</translation>
        </message>
        <message>
            <source>the JWS {part} is not valid base64url</source>
            <translation>часть JWS {part} не является корректным base64url</translation>
        </message>
        <message>
            <source>the JWS {part} is empty</source>
            <translation>часть JWS {part} пуста</translation>
        </message>
        <message>
            <source>signature algorithm {found} is not allowed; only {allowed} (Ed25519)</source>
            <translation>алгоритм подписи {found} не допускается; допускается только {allowed} (Ed25519)</translation>
        </message>
        <message>
            <source>the JWS header marks {names} as critical extensions, which this version does not know</source>
            <translation>заголовок JWS помечает {names} как критические расширения, неизвестные этой версии</translation>
        </message>
        <message>
            <source>the JWS header carries 'b64'; unencoded payloads are not allowed</source>
            <translation>заголовок JWS содержит 'b64'; некодированные полезные данные не допускаются</translation>
        </message>
        <message>
            <source>the JWS type ('typ') is {found}, not {expected}</source>
            <translation>тип JWS ('typ') — {found}, а не {expected}</translation>
        </message>
        <message>
            <source>the JWS header has no key id ('kid') naming the signing key</source>
            <translation>в заголовке JWS нет идентификатора ключа ('kid') с указанием ключа подписи</translation>
        </message>
        <message>
            <source>the notice is signed with key {key}, which is not a signing key on record for {sender}</source>
            <translation>уведомление подписано ключом {key}, который не зарегистрирован как ключ подписи {sender}</translation>
        </message>
        <message>
            <source>the signature does not verify with {sender}'s signing key {key}; the notice was altered or forged</source>
            <translation>подпись не проходит проверку ключом подписи {key} станции {sender}; уведомление изменено или подделано</translation>
        </message>
        <message>
            <source>the signed content is not valid JSON: {error}</source>
            <translation>подписанное содержимое не является корректным JSON: {error}</translation>
        </message>
        <message>
            <source>the signed content is not a JSON object</source>
            <translation>подписанное содержимое не является объектом JSON</translation>
        </message>
        <message>
            <source>the signed content has no format version ('wdv')</source>
            <translation>в подписанном содержимом нет версии формата ('wdv')</translation>
        </message>
        <message>
            <source>format version {found} is not supported; this console reads version {version}</source>
            <translation>версия формата {found} не поддерживается; эта консоль читает версию {version}</translation>
        </message>
        <message>
            <source>the signed content has no {claim} claim</source>
            <translation>в подписанном содержимом нет утверждения {claim}</translation>
        </message>
        <message>
            <source>the 'iss' claim is not a station id</source>
            <translation>утверждение 'iss' не является идентификатором станции</translation>
        </message>
        <message>
            <source>the 'aud' claim is not a single station id</source>
            <translation>утверждение 'aud' не является единственным идентификатором станции</translation>
        </message>
        <message>
            <source>the 'jti' claim is not a lower-case canonical UUID</source>
            <translation>утверждение 'jti' не является UUID в канонической форме строчными буквами</translation>
        </message>
        <message>
            <source>the 'seq' claim is not a whole number from 1 to {largest}</source>
            <translation>утверждение 'seq' не является целым числом от 1 до {largest}</translation>
        </message>
        <message>
            <source>the 'iat' claim is not a whole number of seconds since 1970 UTC</source>
            <translation>утверждение 'iat' не является целым числом секунд с 1970 года UTC</translation>
        </message>
        <message>
            <source>the 'notice' claim is not a JSON object</source>
            <translation>утверждение 'notice' не является объектом JSON</translation>
        </message>
        <message>
            <source>the signed sender {signed} differs from the sender {outside} on the outside of the file</source>
            <translation>подписанный отправитель {signed} отличается от отправителя {outside}, указанного снаружи файла</translation>
        </message>
        <message>
            <source>the notice was addressed to {addressee}, not to this station {station}; it was passed on by another party</source>
            <translation>уведомление адресовано {addressee}, а не этой станции {station}; его переслала третья сторона</translation>
        </message>
        <message>
            <source>the signed message id {signed} differs from {outside} on the outside of the file</source>
            <translation>подписанный идентификатор сообщения {signed} отличается от {outside}, указанного снаружи файла</translation>
        </message>
        <message>
            <source>the notice has no {field} field</source>
            <translation>в уведомлении нет поля {field}</translation>
        </message>
        <message>
            <source>the notice's {field} {value} differs from the signed {claim} {claim_value}</source>
            <translation>в уведомлении {field} = {value} отличается от подписанного {claim} = {claim_value}</translation>
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
            <translation>офицер</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>старший смены</translation>
        </message>
    </context>
    <context>
        <name>Rules</name>
        <message>
            <source>message kind</source>
            <translation>вид сообщения</translation>
        </message>
        <message>
            <source>recipient station</source>
            <translation>станция-получатель</translation>
        </message>
        <message>
            <source>precedence</source>
            <translation>срочность</translation>
        </message>
        <message>
            <source>status</source>
            <translation>статус</translation>
        </message>
        <message>
            <source>agreement</source>
            <translation>соглашение</translation>
        </message>
        <message>
            <source>drafting officer</source>
            <translation>составляющий офицер</translation>
        </message>
        <message>
            <source>message content</source>
            <translation>содержание сообщения</translation>
        </message>
        <message>
            <source>vehicle category</source>
            <translation>категория носителя</translation>
        </message>
        <message>
            <source>number of vehicles</source>
            <translation>число носителей</translation>
        </message>
        <message>
            <source>group launch flag</source>
            <translation>признак группового пуска</translation>
        </message>
        <message>
            <source>launch area</source>
            <translation>район пуска</translation>
        </message>
        <message>
            <source>window opening time</source>
            <translation>начало окна</translation>
        </message>
        <message>
            <source>window closing time</source>
            <translation>конец окна</translation>
        </message>
        <message>
            <source>planned direction</source>
            <translation>планируемое направление</translation>
        </message>
        <message>
            <source>impact areas</source>
            <translation>районы падения</translation>
        </message>
        <message>
            <source>remarks</source>
            <translation>примечания</translation>
        </message>
        <message>
            <source>message being amended</source>
            <translation>изменяемое сообщение</translation>
        </message>
        <message>
            <source>amended launch details</source>
            <translation>изменённые данные о пуске</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>причина</translation>
        </message>
        <message>
            <source>message being cancelled</source>
            <translation>отменяемое сообщение</translation>
        </message>
        <message>
            <source>message being reported on</source>
            <translation>сообщение, по которому дано донесение</translation>
        </message>
        <message>
            <source>actual launch time</source>
            <translation>фактическое время пуска</translation>
        </message>
        <message>
            <source>subject</source>
            <translation>тема</translation>
        </message>
        <message>
            <source>text</source>
            <translation>текст</translation>
        </message>
        <message>
            <source>message being acknowledged</source>
            <translation>сообщение, получение которого подтверждается</translation>
        </message>
        <message>
            <source>digest of the acknowledged message</source>
            <translation>хеш подтверждаемого сообщения</translation>
        </message>
        <message>
            <source>time received</source>
            <translation>время получения</translation>
        </message>
        <message>
            <source>time acknowledged</source>
            <translation>время подтверждения</translation>
        </message>
        <message>
            <source>acknowledging officer</source>
            <translation>подтверждающий офицер</translation>
        </message>
        <message>
            <source>message being reported</source>
            <translation>сообщение, в котором обнаружена ошибка</translation>
        </message>
        <message>
            <source>area type</source>
            <translation>тип района</translation>
        </message>
        <message>
            <source>boundary points</source>
            <translation>граничные точки</translation>
        </message>
        <message>
            <source>circle centre</source>
            <translation>центр круга</translation>
        </message>
        <message>
            <source>circle radius</source>
            <translation>радиус круга</translation>
        </message>
        <message>
            <source>radius unit</source>
            <translation>единица радиуса</translation>
        </message>
        <message>
            <source>ocean</source>
            <translation>океан</translation>
        </message>
        <message>
            <source>quadrant</source>
            <translation>квадрант</translation>
        </message>
        <message>
            <source>name</source>
            <translation>название</translation>
        </message>
        <message>
            <source>latitude</source>
            <translation>широта</translation>
        </message>
        <message>
            <source>longitude</source>
            <translation>долгота</translation>
        </message>
        <message>
            <source>a polygon</source>
            <translation>многоугольник</translation>
        </message>
        <message>
            <source>a circle</source>
            <translation>круг</translation>
        </message>
        <message>
            <source>an ocean quadrant</source>
            <translation>квадрант океана</translation>
        </message>
        <message>
            <source>a body of water</source>
            <translation>водное пространство</translation>
        </message>
        <message>
            <source>The agreement profile '{profile}' does not provide for launch notifications.</source>
            <translation>Профиль соглашения '{profile}' не предусматривает уведомлений о пуске.</translation>
        </message>
        <message>
            <source>The agreement profile '{profile}' does not provide for amendments.</source>
            <translation>Профиль соглашения '{profile}' не предусматривает изменений.</translation>
        </message>
        <message>
            <source>The agreement profile '{profile}' does not provide for cancellations.</source>
            <translation>Профиль соглашения '{profile}' не предусматривает отмен.</translation>
        </message>
        <message>
            <source>The agreement profile '{profile}' does not provide for post-launch reports.</source>
            <translation>Профиль соглашения '{profile}' не предусматривает донесений о пуске.</translation>
        </message>
        <message>
            <source>The agreement profile '{profile}' does not provide for general communications.</source>
            <translation>Профиль соглашения '{profile}' не предусматривает общих сообщений.</translation>
        </message>
        <message>
            <source>The agreement profile '{profile}' does not provide for acknowledgements.</source>
            <translation>Профиль соглашения '{profile}' не предусматривает подтверждений получения.</translation>
        </message>
        <message>
            <source>The agreement profile '{profile}' does not provide for error reports.</source>
            <translation>Профиль соглашения '{profile}' не предусматривает сообщений об ошибках.</translation>
        </message>
    </context>
    <context>
        <name>Schema</name>
        <message>
            <source>text</source>
            <translation>текст</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>целое число</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>число</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>объект</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>список</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true или false</translation>
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
            <translation>{path} — подтверждение получения: подтверждение отправляется командой `watchdesk ack ID`, в которой указывается подтверждаемое уведомление.</translation>
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
            <translation>EXERCISE — не реальный пуск</translation>
        </message>
        <message>
            <source>TEST — a test of the channel, not a real launch</source>
            <translation>TEST — проверка канала, не реальный пуск</translation>
        </message>
        <message>
            <source>ACTUAL — this notifies a real event</source>
            <translation>ACTUAL — уведомление о реальном событии</translation>
        </message>
        <message>
            <source>No status chosen yet: EXERCISE, TEST or ACTUAL</source>
            <translation>Статус ещё не выбран: EXERCISE, TEST или ACTUAL</translation>
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
        <name>WorkingTranslation</name>
        <message>
            <source>Remarks</source>
            <translation>Примечания</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Английский</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Русский</translation>
        </message>
        <message>
            <source>Chinese (Simplified)</source>
            <translation>Китайский (упрощённый)</translation>
        </message>
        <message>
            <source>as received, in {language}</source>
            <translation>в полученном виде, язык: {language}</translation>
        </message>
        <message>
            <source>as received, language not stated</source>
            <translation>в полученном виде, язык не указан</translation>
        </message>
        <message>
            <source>Working translation into {language} by {officer}, {time} — not the original</source>
            <translation>Рабочий перевод (язык: {language}), выполнил {officer}, {time} — не оригинал</translation>
        </message>
    </context>
    <context>
        <name>WorkingTranslationDialog</name>
        <message>
            <source>Working translation: %1</source>
            <translation>Рабочий перевод: %1</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>The original, as received</source>
            <translation>Оригинал в полученном виде</translation>
        </message>
        <message>
            <source>Language of the working translation</source>
            <translation>Язык рабочего перевода</translation>
        </message>
        <message>
            <source>Working translation &amp;into:</source>
            <translation>Рабочий перевод &amp;на язык:</translation>
        </message>
        <message>
            <source>Working translation</source>
            <translation>Рабочий перевод</translation>
        </message>
        <message>
            <source>The working translation is kept with the notice under your name and is always shown marked as such. It never replaces the original and is not sent. A correction is saved as a new translation; earlier ones stay on record.</source>
            <translation>Рабочий перевод хранится вместе с уведомлением под вашим именем и всегда показывается с соответствующей пометкой. Он никогда не заменяет оригинал и не отправляется. Исправление сохраняется как новый перевод; прежние переводы остаются в записях.</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <translation>использование: </translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: ошибка: %(message)s
</translation>
        </message>
        <message>
            <source>options</source>
            <translation>параметры</translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>позиционные аргументы</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>показать эту справку и выйти</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>требуются следующие аргументы: %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>нераспознанные аргументы: %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>недопустимый вариант: %(value)r (выберите из: %(choices)s)</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>аргумент %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>ожидается один аргумент</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>ожидается не менее одного аргумента</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>ожидается не более одного аргумента</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>недопустимое значение типа %(type)s: %(value)r</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>неоднозначный параметр: %(option)s может соответствовать %(matches)s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>не допускается вместе с аргументом %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>требуется один из аргументов %s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>проигнорирован явно заданный аргумент %r</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>не удаётся открыть '%(filename)s': %(error)s</translation>
        </message>
        <message>
            <source>%(heading)s:</source>
            <translation>%(heading)s:</translation>
        </message>
        <message>
            <source> (default: %(default)s)</source>
            <translation> (по умолчанию: %(default)s)</translation>
        </message>
    </context>
</TS>
