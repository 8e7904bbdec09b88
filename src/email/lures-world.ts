/**
 * The lure phrases of ./lures.ts in Turkish and in the languages written in other scripts: Russian,
 * Ukrainian, Greek, Hebrew, Arabic, Persian, Hindi and Bengali. lures.ts joins each to its family
 * (the credential pretexts, the pressure, the callback hook), so a rule reads these as it reads the
 * English ones.
 *
 * Written as normalizeForMatch reads the text (src/email/normalize.ts): lower case; Cyrillic, Greek,
 * Hebrew and Arabic without accents or points (`й` as `и`, `ё` as `е`, `ї` as `і`, `ώ` as `ω`, the
 * final `ς` as `σ`, `أ`/`إ`/`آ` as `ا`, `ئ` as `ي`), Persian without the zero-width non-joiner
 * (`می‌شود` as `میشود`); Devanagari and Bengali keep their vowel signs. test/email/phrase-scripts.test.ts
 * checks every word. `\w` reads only ASCII here (no Unicode flag): a stem in these scripts spells
 * out its letters (`[а-я]{0,4}`).
 */
import { P, PS } from './phrases.js';

/** Cyrillic letters (Russian and Ukrainian), for stems. */
const CY = '[а-яієґ]';
/** Hebrew, Arabic and Persian letters, for a prefix or suffix on a word. */
const HE = '[א-ת]';
const AR = '[ء-يپچژکگی]';

/** A sign-in or verification asked for (CRED_FAMILIES 'sign-in or verification required'). */
export const SIGN_IN_WORLD = [
  ...P(
    // "e-Devlet şifrenizle giriş yapınız", "hesap bilgilerinizi doğrulayın", "kimliğinizi onaylayın"
    // (not "hesabınızla giriş yapın", sign in with your account: how a form or a service is used)
    '(?:sifreniz\\w{0,4}|parolaniz\\w{0,4}) ~3 (?:giris yap\\w{0,5}|dogrula\\w{0,6}|guncelle\\w{0,6}|onayla\\w{0,6}|girin|giriniz|girmeniz)',
    '(?:bilgileriniz\\w{0,4}|kimliginiz\\w{0,4}|hesabiniz\\w{0,4}|kart bilgileriniz\\w{0,4}) ~3 (?:dogrula\\w{0,6}|guncelle\\w{0,6}|onayla\\w{0,6})',
    '(?:giris yap\\w{0,5}|oturum ac\\w{0,5}) ~3 (?:dogrula\\w{0,6}|guncelle\\w{0,6}|onayla\\w{0,6})',
    // Hungarian, Czech, Romanian, Croatian/Serbian, Finnish: "erősítse meg a bankszámlaszámát",
    // "ověřte svůj účet", "confirmați datele", "potvrdite podatke", "vahvista tietosi"
    '(?:jelentkezzen be|lepjen be|erositse meg|igazolja|frissitse|adja meg) ~4 (?:bankszamla\\w{0,6}|szamlaszam\\w{0,4}|adatait|adatai|jelszav\\w{0,3}|fiokj\\w{0,3}|szemelyazonossag\\w{0,4}|kartyaadat\\w{0,4})',
    '(?:overte|potvrdte|aktualizujte|prihlaste se|overit|potvrdit) ~3 (?:ucet|uctu|udaje|heslo|totoznost|bankovni spojeni)',
    '(?:confirmati|verificati|actualizati|autentificati-va|confirma|verifica) ~3 (?:contul|datele|parola|identitatea|datele bancare)',
    '(?:potvrdite|provjerite|proverite|azurirajte|prijavite se) ~3 (?:racun|podatke|lozinku|identitet|bankovne podatke)',
    '(?:vahvista|paivita|tarkista) ~3 (?:tili\\w{0,4}|tiedot\\w{0,4}|salasana\\w{0,4}|henkilollisyy\\w{0,6}|pankkitiedot\\w{0,4})|kirjaudu ~3 (?:vahvista\\w{0,4}|paivita\\w{0,4})',
    // Norwegian and Danish: "Logg inn for å lese meldingen", "bekreft dine opplysninger"
    '(?:logg inn|log ind|logga in) (?:for a|for at|for att) (?:lese|lase|se|bekrefte|bekraefte|bekrafta|oppdatere|opdatere|uppdatera|verifisere|verificere|verifiera)',
    '(?:bekreft|bekraeft|verifiser|verificer|oppdater|opdater) ~2 (?:din|dine|ditt|dit) ~1 (?:konto|opplysninger|oplysninger|identitet|kontoopplysninger|bankkonto)',
    // Indonesian, Malay, Vietnamese, Tagalog
    '(?:verifikasi|perbarui|konfirmasi|sahkan|kemas kini) ~3 (?:akun|akaun|data|identitas|kata sandi|kata laluan|rekening)',
    '(?:xac minh|cap nhat|xac nhan|dang nhap de) ~3 (?:tai khoan|thong tin|mat khau|danh tinh)',
    '(?:i-verify|i-update|kumpirmahin) ~2 (?:ang )?(?:iyong )?(?:account|detalye|impormasyon|password)',
  ),
  ...PS(
    // "подтвердите ваши данные", "введите пароль", "войдите в личный кабинет"
    `(?:подтвердите|подтвердить|обновите|обновить|верифицируите|введите|ввести|укажите|подтвердіть|оновіть|введіть|вкажіть|верифікуите) ~3 (?:${CY}{0,3} )?(?:данн${CY}{0,3}|дані|парол${CY}{0,3}|учетн${CY}{0,3}|обліков${CY}{0,3}|аккаунт${CY}{0,2}|акаунт${CY}{0,2}|личност${CY}{0,2}|особ${CY}{0,2}|карт${CY}{0,3}|картк${CY}{0,2}|реквизит${CY}{0,2}|реквізит${CY}{0,2}|логин|код${CY}{0,2}|cvv)`,
    // a third party's page that wants the work login: "для доступу використовуйте обліковий запис
    // службової пошти", "используйте учетную запись корпоративной почты"
    `(?:використовуите|використаите|используите|воидите|увіидіть) ~3 (?:обліков${CY}{0,3}|учетн${CY}{0,3}) (?:запис${CY}{0,2}) ~2 (?:службов${CY}{0,3}|корпоративн${CY}{0,3}|робоч${CY}{0,3}|рабоч${CY}{0,3}) (?:пошти|почты)`,
    `(?:воидите|воити|авторизуитесь|увіидіть|авторизуитеся) ~3 (?:личн${CY}{0,2} кабинет|особист${CY}{0,2} кабінет|аккаунт|акаунт|онлаин-банк|интернет-банк|систему)`,
    // "επιβεβαιώστε τα στοιχεία σας", "συνδεθείτε στον λογαριασμό σας"
    '(?:επιβεβαιωστε|επαληθευστε|ενημερωστε|εισαγετε|συμπληρωστε|συνδεθειτε) ~3 (?:τα |τον |την |το |στον |στο )?(?:στοιχεια|κωδικο|λογαριασμο|ταυτοτητα|καρτα)',
    // "אמתו את פרטי החשבון", "הזינו את הסיסמה", "היכנסו לחשבון"
    `(?:אמת|אמתו|אמתי|עדכן|עדכנו|עדכני|הזן|הזינו|הזיני|אשר|אשרו|אשרי|היכנס|היכנסו|התחבר|התחברו) ~3 (?:את )?(?:${HE}{0,2}פרטי${HE}{0,3}|${HE}{0,2}סיסמ${HE}{0,2}|${HE}{0,2}חשבונ${HE}{0,3}|${HE}{0,2}חשבון|${HE}{0,2}זהות${HE}{0,3}|${HE}{0,2}כרטיס${HE}{0,3}|${HE}{0,2}קוד)`,
    // "قم بتأكيد بياناتك", "أدخل كلمة المرور", "قم بتسجيل الدخول لتحديث حسابك"
    `(?:اكد|اكدوا|تاكيد|بتاكيد|حدث|تحديث|بتحديث|ادخل|ادخال|بادخال|تحقق من|التحقق من|سجل الدخول|تسجيل الدخول|بتسجيل الدخول) ~3 (?:${AR}{0,2}بيانات${AR}{0,3}|كلمة المرور|كلمة السر|${AR}{0,2}حساب${AR}{0,3}|${AR}{0,2}هويت${AR}{0,3}|${AR}{0,2}بطاقت${AR}{0,3}|${AR}{0,2}رمز)`,
    // "رمز عبور خود را وارد کنید", "اطلاعات حساب را تایید کنید"
    '(?:رمز عبور|رمز|اطلاعات|حساب|کارت|هویت|مشخصات) ~4 (?:خود )?(?:را )?(?:وارد کنید|تایید کنید|بهروزرسانی کنید|به روزرسانی کنید|بهروز کنید|احراز کنید)',
    '(?:وارد حساب|وارد شوید|احراز هویت کنید)',
    // "अपना खाता सत्यापित करें", "पासवर्ड दर्ज करें", "केवाईसी अपडेट करें"
    '(?:पासवर्ड|खाता|अकाउंट|केवाईसी|kyc|विवरण|जानकारी|कार्ड|पिन|ओटीपी) ~3 (?:सत्यापित करें|अपडेट करें|दर्ज करें|वेरिफाई करें|पुष्टि करें|लॉगिन करें)',
    // "আপনার অ্যাকাউন্ট যাচাই করুন", "পিন দিন"
    '(?:অ্যাকাউন্ট|একাউন্ট|তথ্য|পিন|ওটিপি|কেওয়াইসি|কেওয়াইসি) ~3 (?:যাচাই করুন|আপডেট করুন|নিশ্চিত করুন|লিখুন|দিন)',
  ),
];

/** Bank details changed or a new account to pay into (PAY_CHANGE). */
export const PAY_CHANGE_WORLD = [
  ...P(
    '(?:yeni (?:banka )?hesap (?:bilgi\\w{0,6}|numara\\w{0,6})|yeni iban\\w{0,4}|(?:banka |hesap )?(?:bilgilerimiz|hesabimiz|ibanimiz) (?:degisti|degismistir|guncellendi))',
  ),
  ...PS(
    `(?:нов${CY}{0,3} (?:банковск${CY}{0,3} )?реквизит${CY}{0,2}|нов${CY}{0,3} (?:расчетн${CY}{0,3} )?сч[её]т${CY}{0,2}|реквизит${CY}{0,2} (?:изменил${CY}{0,3}|обновил${CY}{0,3})|смен${CY}{0,2} (?:банковск${CY}{0,3} )?реквизит${CY}{0,2}|нов${CY}{0,3} (?:банківськ${CY}{0,3} )?реквізит${CY}{0,2}|нов${CY}{0,3} рахун${CY}{0,3}|зміна реквізит${CY}{0,2})`,
    '(?:νεοσ (?:τραπεζικοσ )?λογαριασμοσ|νεο (?:τραπεζικο )?λογαριασμο|νεα τραπεζικα στοιχεια|αλλαγη (?:τραπεζικου )?λογαριασμου|αλλαγη τραπεζικων στοιχειων)',
    `(?:פרטי (?:ה)?חשבון (?:ה)?חדשים|חשבון (?:ה)?בנק (?:ה)?חדש|שינוי (?:ב)?פרטי (?:ה)?(?:חשבון|בנק)|פרטי הבנק (?:ה)?חדשים)`,
    `(?:الحساب (?:البنكي |المصرفي )?الجديد|حساب (?:بنكي |مصرفي )?جديد|تغيير (?:ال)?(?:حساب|بيانات) (?:ال)?(?:بنكي|بنكية|مصرفي|مصرفية)|بيانات (?:بنكية|مصرفية) جديدة|رقم (?:ال)?ايبان (?:ال)?جديد)`,
    '(?:شماره حساب جدید|حساب (?:بانکی )?جدید|تغییر (?:شماره )?حساب|شماره شبا (?:ی )?جدید)',
    '(?:नया (?:बैंक )?खाता|नए (?:बैंक )?खाते|बैंक (?:विवरण|खाता) (?:बदल|परिवर्तन))',
    '(?:নতুন (?:ব্যাংক )?(?:অ্যাকাউন্ট|হিসাব)|ব্যাংক (?:অ্যাকাউন্ট|হিসাব) পরিবর্তন)',
  ),
  // Japanese, Chinese, Korean and Thai write their words together: a plain pattern, not a phrase
  /(?:(?:お?振込|お?支払|ご?入金)先(?:の)?(?:口座)?(?:を|が|の)?(?:変更|ご変更)|新(?:しい)?(?:お?振込先|口座|振込口座)|口座(?:の|を|が)?変更|(?:收款|汇款|付款|匯款)(?:账户|帳戶|账号|帳號|賬戶)(?:已|已經|已经)?(?:变更|更改|變更|更换)|新的?(?:收款|银行|銀行|匯款|汇款)(?:账户|帳戶|账号|帳號|賬戶)|(?:입금|송금|결제|거래) ?계좌(?:가|를|번호가|번호를)? ?(?:변경|바뀌)|새 ?(?:입금 ?)?계좌|เปลี่ยน(?:แปลง)?(?:เลขที่)?บัญชี|บัญชี(?:ธนาคาร)?ใหม่)/g,
];

/** An account said to be suspended or about to be (CRED_FAMILIES 'account suspended'). */
export const SUSPENDED_WORLD = [
  ...P(
    '(?:hesabiniz|hesap|kartiniz|erisiminiz|uyeliginiz) ~3 (?:askiya alin\\w{0,6}|bloke edil\\w{0,6}|kapatil\\w{0,6}|kisitlan\\w{0,6}|dondurul\\w{0,6}|engellen\\w{0,6}|durdurul\\w{0,6})',
  ),
  ...PS(
    `(?:аккаунт${CY}{0,2}|акаунт${CY}{0,2}|учетн${CY}{0,3} запис${CY}{0,2}|обліков${CY}{0,3} запис${CY}{0,2}|счет${CY}{0,2}|рахун${CY}{0,3}|карт${CY}{0,3}|картк${CY}{0,2}|доступ${CY}{0,2}|кабинет) ~3 (?:заблокирован${CY}{0,3}|будет заблокирован${CY}{0,3}|приостановлен${CY}{0,3}|ограничен${CY}{0,3}|заморожен${CY}{0,3}|будет удален${CY}{0,3}|заблоковано|заблокован${CY}{0,3}|призупинено|обмежено|буде заблоковано)`,
    `(?:заблокируем|будет заблокирован${CY}{0,2}|приостановим|заблокуємо) ~3 (?:ваш${CY}{0,2} )?(?:аккаунт|счет|карт${CY}{0,2}|доступ|рахунок|картк${CY}{0,2})`,
    '(?:λογαριασμοσ|λογαριασμο|καρτα|προσβαση) ~3 (?:εχει |θα )?(?:ανασταλει|κλειδωθει|μπλοκαριστει|απενεργοποιηθει|περιοριστει|δεσμευτει|κλεισει)',
    `(?:${HE}{0,2}חשבון${HE}{0,3}|${HE}{0,2}חשבונ${HE}{0,3}|${HE}{0,2}כרטיס${HE}{0,3}|${HE}{0,2}גישה) ~3 (?:נחסם|ייחסם|תיחסם|נחסמה|הושעה|יושעה|הוגבל|יוגבל|ננעל|יינעל|ייסגר|נסגר|הוקפא|יוקפא)`,
    `(?:تم|سيتم|سوف يتم) (?:تعليق|ايقاف|حظر|تقييد|اغلاق|قفل|تجميد) (?:${AR}{0,2}حساب${AR}{0,3}|${AR}{0,2}بطاقت${AR}{0,3}|${AR}{0,2}بطاقة)`,
    `(?:${AR}{0,2}حساب${AR}{0,3}|${AR}{0,2}بطاقت${AR}{0,3}) ~3 (?:معلق|موقوف|محظور|مقفل|مجمد)`,
    '(?:حساب|کارت|کیف پول|دسترسی) ~3 (?:شما )?(?:مسدود|تعلیق|غیرفعال|محدود|بسته) (?:شده|خواهد شد|میشود|می شود)',
    '(?:खाता|अकाउंट|कार्ड) ~3 (?:ब्लॉक|बंद|निलंबित|सस्पेंड|फ्रीज) (?:हो|कर|किया)',
    '(?:অ্যাকাউন্ট|একাউন্ট|হিসাব|কার্ড) ~3 (?:বন্ধ|ব্লক|স্থগিত) (?:হয়ে|করা|হবে|হয়ে)',
  ),
];

/** A deadline or a threatened loss (PRESSURE, URGENCY_INTL). */
export const PRESSURE_WORLD = [
  ...P(
    '(?:\\d{1,2} saat icinde|\\d{1,2} (?:is )?gun(?:u)? icinde|derhal|son uyari|son bildirim|aksi (?:takdirde|halde))',
  ),
  ...PS(
    `(?:в течение|втечение|протягом|не позднее) (?:\\d{1,2} |${CY}{1,10} )?(?:час${CY}{0,2}|сут${CY}{0,2}|дн${CY}{0,2}|годин${CY}{0,2}|дні${CY}{0,2})|(?:срочно|немедленно|незамедлительно|терміново|негаино|последнее предупреждение|останнє попередження)`,
    '(?:εντοσ|μεσα σε) \\d{1,2} (?:ωρων|ωρεσ|ημερων|ημερεσ)|(?:αμεσα|επειγον|επειγοντωσ|τελευταια ειδοποιηση)',
    'תוך \\d{1,2} (?:שעות|ימים)|(?:באופן מיידי|מיד|בדחיפות|דחוף|התראה אחרונה|אזהרה אחרונה)',
    `(?:خلال|في غضون) (?:[0-9٠-٩]{1,2} )?(?:ساعة|ساعات|ايام|يوم|يومين|ساعتين)|(?:فورا|على الفور|عاجل|بشكل عاجل|تحذير نهايي|اشعار نهايي)`,
    '(?:ظرف|طی|تا) (?:[0-9۰-۹]{1,2} )?(?:ساعت|روز)|(?:فورا|فوری|هشدار نهایی|اخرین مهلت)',
    '(?:[0-9०-९]{1,2} घंटे|[0-9०-९]{1,2} दिन) (?:के भीतर|के अंदर|में)|(?:तुरंत|तत्काल|अंतिम चेतावनी|अंतिम सूचना)',
    '(?:[0-9০-৯]{1,2} ঘণ্টার|[0-9০-৯]{1,2} দিনের) মধ্যে|(?:অবিলম্বে|এখনই|জরুরি|শেষ সতর্কতা)',
  ),
];

/** The charge disowned, the callback hook (DISPUTE): "if you did not make this order". */
export const DISPUTE_WORLD = [
  ...P(
    '(?:bu islemi|bu siparisi|bu odemeyi) ~2 (?:siz )?(?:yapmadiysaniz|gerceklestirmediyseniz|onaylamadiysaniz|vermediyseniz)',
  ),
  ...PS(
    `(?:если|якщо) ~2 (?:вы|ви) (?:не) (?:совершали|совершили|оформляли|заказывали|подтверждали|делали|здіиснювали|замовляли|оформлювали|підтверджували)`,
    '(?:av|εαν) (?:δεν) (?:πραγματοποιησατε|κανατε|εγκρινατε|παραγγειλατε|αναγνωριζετε)',
    `(?:אם) (?:לא) (?:ביצעת|ביצעתם|הזמנת|הזמנתם|אישרת|אישרתם|זיהית|ביקשת)`,
    '(?:اذا|ان|في حال) (?:لم) (?:تقم|تطلب|تجر|تاذن|تعترف|تتعرف)',
    '(?:اگر|چنانچه) ~4 (?:انجام ندادهاید|انجام نداده اید|درخواست ندادهاید|سفارش ندادهاید|تایید نکردهاید)',
    '(?:यदि|अगर) (?:आपने|आप ने) ~4 (?:नहीं किया|नहीं की|नहीं किए|नहीं दिया)',
    '(?:আপনি যদি|যদি আপনি) ~4 (?:না করে থাকেন|করেননি|না করেন)',
  ),
];

/** "Call us", the weaker hook beside a number (CALL_HELP). */
export const CALL_HELP_WORLD = [
  ...P('(?:bizi arayin|hemen arayin|numarayi arayin|musteri hizmetlerini arayin|arayiniz)'),
  ...PS(
    `(?:позвоните|звоните|перезвоните|зателефонуите|подзвоніть|телефонуите) ~3 (?:нам|по номеру|за номером|в службу|до служби|на горячую линию|на гарячу лінію)?`,
    '(?:καλεστε|τηλεφωνηστε|επικοινωνηστε) (?:μασ|με|στο|αμεσα)',
    '(?:התקשר|התקשרו|התקשרי|חייג|חייגו|חייגי) (?:מיד|אלינו|למחלקת|למספר|למוקד|עכשיו)',
    '(?:اتصل|اتصلوا|اتصلي|تواصل|تواصلوا) (?:بنا|فورا|على الرقم|بالرقم|بخدمة|بقسم)',
    '(?:تماس بگیرید|با ما تماس|با شماره) ~3 (?:تماس|بگیرید)?',
    '(?:कॉल करें|फोन करें|संपर्क करें) ~2 (?:नंबर|हेल्पलाइन|टोल फ्री)?|(?:हेल्पलाइन|टोल फ्री) (?:नंबर)?',
    '(?:কল করুন|ফোন করুন|যোগাযোগ করুন)',
  ),
];

/** Billing words, the callback lure's frame (BILLING): an invoice, a renewal, a charge, an order. */
export const BILLING_WORLD = [
  ...P(
    '(?:fatura|faturaniz|abonelik|yenileme|iade|siparis|siparisiniz|tahsil edil\\w{0,4}|hesabinizdan cekil\\w{0,4})',
  ),
  ...PS(
    `(?:счет на оплату|подписк${CY}{0,2}|продлени${CY}{0,2}|возврат${CY}{0,2}|заказ${CY}{0,2}|списан${CY}{0,3}|рахунок-фактур${CY}{0,2}|передплат${CY}{0,2}|замовлення|списано)`,
    '(?:τιμολογιο|συνδρομη|ανανεωση|επιστροφη χρηματων|παραγγελια|χρεωση)',
    `(?:חשבונית|מנוי|חידוש|החזר|החזרים|הזמנה|חיוב|החיוב)`,
    `(?:فاتورة|اشتراك|تجديد|استرداد|طلب شراء|خصم|تم خصم|الفاتورة)`,
    '(?:فاکتور|صورتحساب|اشتراک|تمدید|بازپرداخت|سفارش|کسر شد)',
    '(?:इनवॉइस|बिल|सब्सक्रिप्शन|नवीनीकरण|रिफंड|ऑर्डर|कटौती)',
    '(?:ইনভয়েস|বিল|সাবস্ক্রিপশন|নবায়ন|রিফান্ড|অর্ডার)',
  ),
];

/**
 * A wallet's recovery phrase asked for (SEED_PHRASE_ASK): the verb of the ask with it, as "never
 * share your recovery phrase" names the phrase too (its negation: NEGATED_LEAD_WORLD).
 */
export const SEED_PHRASE_WORLD = [
  ...P(
    '(?:kurtarma ifade\\w{0,4}|gizli ifade\\w{0,4}|gizli kelime\\w{0,4}|\\d{2} kelime\\w{0,4}) ~4 (?:girin|giriniz|dogrula\\w{0,5}|onayla\\w{0,5}|gonder\\w{0,5}|paylasin|paylasiniz)',
  ),
  ...PS(
    `(?:введите|подтвердите|укажите|отправьте|пришлите|синхронизируите|импортируите|восстановите|введіть|підтвердіть|вкажіть|надішліть) ~4 (?:сид-фраз${CY}{0,2}|сид фраз${CY}{0,2}|секретн${CY}{0,2} фраз${CY}{0,2}|фраз${CY}{0,2} восстановлени${CY}{0,2}|мнемоническ${CY}{0,2} фраз${CY}{0,2}|фраз${CY}{0,2} відновлення|\\d{2} слов${CY}{0,2})`,
    '(?:εισαγετε|επιβεβαιωστε|στειλτε) ~4 (?:φραση ανακτησησ|μυστικη φραση|\\d{2} λεξεισ)',
    '(?:הזן|הזינו|הזיני|אמת|אמתו|שלח|שלחו|אשר|אשרו) ~3 (?:את )?(?:ביטוי השחזור|ביטוי שחזור|מילות השחזור|\\d{2} המילים|\\d{2} מילים)',
    '(?:ادخل|ادخال|بادخال|اكد|تاكيد|ارسل|ارسال|تحقق من) ~3 (?:عبارة الاسترداد|العبارة السرية|عبارة الاسترجاع|كلمات الاسترداد|\\d{2} كلمة)',
    // Persian puts the verb last: "عبارت بازیابی (۱۲ کلمه) کیف پول خود را … وارد کنید"
    '(?:عبارت بازیابی|عبارات بازیابی|کلمات بازیابی|عبارت پشتیبان) ~10 (?:وارد کنید|تایید کنید|ارسال کنید|بفرستید)',
  ),
];

/**
 * A negation just before a match in these languages ("никогда не сообщайте", "לעולם אל תמסרו",
 * "لا تشارك", "asla paylaşmayın"): the sender's warning, not an ask. Read on a hit's lead.
 */
export const NEGATED_LEAD_WORLD =
  /(?:^|[\s,;:!?"'(])(?:никогда|не|ніколи|ні|ποτε|μην|δεν|לעולם|אל|לא|ابدا|لا|لن|هرگز|asla|hicbir zaman|kesinlikle)(?:[\s,]+[^\s]+){0,3}[\s,]*$/;
