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
/** Mongolian Cyrillic (with ө and ү), and Georgian, for stems. */
const MN = '[а-яөү]';
const KA = '[ა-ჰ]';

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
    // Vietnamese: "đăng nhập để xác minh tài khoản", "cập nhật thông tin tài khoản"
    '(?:dang nhap|xac minh|xac thuc|cap nhat) ~3 (?:tai khoan|thong tin tai khoan|thong tin ca nhan)',
    '(?:bekreft|bekraeft|verifiser|verificer|oppdater|opdater) ~2 (?:din|dine|ditt|dit) ~1 (?:konto|opplysninger|oplysninger|identitet|kontoopplysninger|bankkonto)',
    // Indonesian, Malay, Vietnamese, Tagalog
    '(?:verifikasi|perbarui|konfirmasi|sahkan|kemas kini) ~3 (?:akun|akaun|data|identitas|kata sandi|kata laluan|rekening)',
    '(?:xac minh|cap nhat|xac nhan|dang nhap de) ~3 (?:tai khoan|thong tin|mat khau|danh tinh)',
    '(?:i-verify|i-update|kumpirmahin) ~2 (?:ang )?(?:iyong )?(?:account|detalye|impormasyon|password)',
    // the e-Transfer deposit kit's bank picker, which then asks for that bank's login: "select your
    // financial institution", "sélectionnez votre institution financière", "elija su banco"
    '(?:select|choose|pick) (?:your|the) (?:bank|financial institution|credit union)(?! (?:account|branch|statement))',
    '(?:selectionnez|choisissez) votre (?:banque|institution financiere|caisse)|(?:seleccione|elija|selecciona|elige) (?:su|tu) (?:banco|institucion financiera)|(?:selecione|escolha) (?:o )?seu banco',
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
    // Punjabi (Gurmukhi), the sign-in in its English loanwords: "ਸਾਈਨ ਇਨ ਕਰਨਾ ਪਵੇਗਾ", "ਪਾਸਵਰਡ ਦਰਜ ਕਰੋ";
    // the bank picker "ਆਪਣੀ ਬੈਂਕ ਚੁਣੋ", "अपना बैंक चुनें"
    '(?:ਸਾਈਨ ਇਨ|ਲੌਗਇਨ|ਲੌਗ ਇਨ|ਲਾਗਇਨ|ਪਾਸਵਰਡ|ਖਾਤਾ) ~2 (?:ਕਰੋ|ਕਰਨਾ|ਕਰਕੇ|ਦਰਜ ਕਰੋ|ਪੁਸ਼ਟੀ ਕਰੋ)|(?:ਆਪਣੀ|ਆਪਣਾ) ਬੈਂਕ ਚੁਣੋ|(?:अपना|अपनी) बैंक (?:चुनें|चुनिए)',
    // "আপনার অ্যাকাউন্ট যাচাই করুন", "পিন দিন"
    '(?:অ্যাকাউন্ট|একাউন্ট|তথ্য|পিন|ওটিপি|কেওয়াইসি|কেওয়াইসি) ~3 (?:যাচাই করুন|আপডেট করুন|নিশ্চিত করুন|লিখুন|দিন)',
    // Urdu: "اپنے اکاؤنٹ کی تصدیق کریں", "پاس ورڈ درج کریں"
    '(?:اکاونٹ|پاس ورڈ|معلومات|شناخت|کارڈ) ~3 (?:کی )?(?:تصدیق کریں|اپ ڈیٹ کریں|درج کریں)',
  ),
  // Thai, Chinese and Korean write their words together (lures.ts has the commoner Chinese and
  // Korean forms): "กรุณายืนยันบัญชีของคุณ", "请重新登录以", "본인 확인 후 열람하시기 바랍니다"
  /(?:ยืนยัน|อัปเดต|อัพเดท|ตรวจสอบ)(?:ข้อมูล)?(?:บัญชี|ตัวตน|รหัสผ่าน)|เข้าสู่ระบบเพื่อ|กรอกรหัสผ่าน|(?:核实|核實|更新)(?:您的|你的)(?:账户|帳戶|账号|帳號|賬戶|身份|密码|密碼)|(?:请|請)(?:重新)?(?:登录|登入|登錄)(?:以|來|来)|본인 ?(?:확인|인증) ?(?:후|하여|하신 ?후)/g,
];

/** Bank details changed or a new account to pay into (PAY_CHANGE). */
export const PAY_CHANGE_WORLD = [
  ...P(
    '(?:yeni (?:banka )?hesap (?:bilgi\\w{0,6}|numara\\w{0,6})|yeni iban\\w{0,4}|(?:banka |hesap )?(?:bilgilerimiz|hesabimiz|ibanimiz) (?:degisti|degismistir|guncellendi))',
    // "güncel hesap bilgilerimiz aşağıdadır", "tahsilatlarımızı … hesabımız üzerinden almaya başladık"
    'guncel (?:banka )?hesap bilgilerimiz|tahsilatlarimizi ~4 (?:hesabimiz|hesaplarimiz) uzerinden',
  ),
  ...PS(
    `(?:нов${CY}{0,3} (?:банковск${CY}{0,3} )?реквизит${CY}{0,2}|нов${CY}{0,3} (?:расчетн${CY}{0,3} )?сч[её]т${CY}{0,2}|реквизит${CY}{0,2} (?:изменил${CY}{0,3}|обновил${CY}{0,3})|смен${CY}{0,2} (?:банковск${CY}{0,3} )?реквизит${CY}{0,2}|нов${CY}{0,3} (?:банківськ${CY}{0,3} )?реквізит${CY}{0,2}|нов${CY}{0,3} рахун${CY}{0,3}|зміна реквізит${CY}{0,2})`,
    '(?:νεοσ (?:τραπεζικοσ )?λογαριασμοσ|νεο (?:τραπεζικο )?λογαριασμο|νεα τραπεζικα στοιχεια|αλλαγη (?:τραπεζικου )?λογαριασμου|αλλαγη τραπεζικων στοιχειων)',
    `(?:פרטי (?:ה)?חשבון (?:ה)?חדשים|חשבון (?:ה)?בנק (?:ה)?חדש|שינוי (?:ב)?פרטי (?:ה)?(?:חשבון|בנק)|פרטי הבנק (?:ה)?חדשים)`,
    `(?:الحساب (?:البنكي |المصرفي )?الجديد|حساب (?:بنكي |مصرفي )?جديد|تغيير (?:ال)?(?:حساب|بيانات) (?:ال)?(?:بنكي|بنكية|مصرفي|مصرفية)|بيانات (?:بنكية|مصرفية) جديدة|رقم (?:ال)?ايبان (?:ال)?جديد)`,
    '(?:شماره حساب جدید|حساب (?:بانکی )?جدید|تغییر (?:شماره )?حساب|شماره شبا (?:ی )?جدید)',
    '(?:नया (?:बैंक )?खाता|नए (?:बैंक )?खाते|बैंक (?:विवरण|खाता) (?:बदल|परिवर्तन))',
    '(?:নতুন (?:ব্যাংক )?(?:অ্যাকাউন্ট|হিসাব)|ব্যাংক (?:অ্যাকাউন্ট|হিসাব) পরিবর্তন)',
    // Urdu: "ہم نے اپنا بزنس اکاؤنٹ Barclays سے Tide پر منتقل کر لیا ہے", "نئی تفصیلات", "نیا اکاؤنٹ"
    // (written as the text is read: ؤ as و, ئ as ي)
    '(?:نیا|نيے) (?:بینک )?اکاونٹ|اکاونٹ ~4 (?:منتقل کر لیا|منتقل کر دیا|تبدیل کر (?:لیا|دیا)|تبدیل ہو گیا)|(?:بینک|اکاونٹ) کی نيی تفصیلات|پرانا اکاونٹ ~4 بند',
    // Bulgarian: "платени по новата сметка", "промяна на банкова сметка", "на сметката на зет ми"
    `(?:нов${CY}{0,3} (?:банков${CY}{0,3} )?сметк${CY}{0,2}|промян${CY}{0,3} (?:на )?(?:банков${CY}{0,3} )?(?:сметк${CY}{0,2}|реквизит${CY}{0,2}|данни)|(?:на|по) сметката на (?:зет|сина|дъщеря|брат|сестра|съпруга|съпруг|жена|мъжа) ми)`,
    // Mongolian: "шинэ данс руу", "данс солих", "данс … түр хаагдсан тул", "бүх төлбөрөө Богд банкаар хүлээн авч"
    `(?:шинэ данс${MN}{0,5}|данс${MN}{0,5} (?:солих|сольсон|солисон|солигдсон|өөрчл${MN}{0,8})|данс${MN}{0,5} ~5 хаагд${MN}{0,8} (?:тул|болохоор)|төлбөр${MN}{0,4} (?:${MN}{2,20} )?банк${MN}{0,4} (?:данс${MN}{0,4} )?хүлээн ав${MN}{0,4})`,
    // Georgian: "ახალ ანგარიშზე", "ბანკი შევიცვალე"
    `(?:ახალ (?:საბანკო )?ანგარიშ${KA}{0,4}|ბანკი შევიცვალე|ანგარიშ${KA}{0,4} (?:შევიცვალე|შეიცვალა|შევცვალეთ))`,
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
  // Chinese, Japanese, Korean and Thai write their words together: "於 3 日內", "24小时内", "立即",
  // "最後通知", "至急", "24時間以内", "즉시", "24시간 이내", "ภายใน 24 ชั่วโมง"
  // (never inside 「」 quotes: an awareness mail's 「至急」「内密に」 names the lure's words)
  /(?<![「『"“])(?:[0-9０-９]{1,2} ?(?:日|天|小时|小時|個工作日|个工作日|時間) ?(?:内|內|以内|以內)|立即|立刻|马上|馬上|尽快|盡快|最后通知|最後通知|至急|直ちに|早急に|[0-9]{1,2} ?(?:시간|일) ?(?:이내|안에|내에)|즉시|긴급|최종 ?(?:통지|경고)|ภายใน ?[0-9]{1,2} ?(?:ชั่วโมง|วัน)|ด่วนที่สุด|ทันที)/g,
];

/** The charge disowned, the callback hook (DISPUTE): "if you did not make this order". */
export const DISPUTE_WORLD = [
  ...P(
    '(?:bu islemi|bu siparisi|bu odemeyi|bu yenilemeyi|bu tahsilati|bu talebi|bu aboneligi) ~2 (?:siz )?(?:yapmadiysaniz|gerceklestirmediyseniz|onaylamadiysaniz|vermediyseniz|talep etmediyseniz|istemediyseniz|tanimiyorsaniz)',
    // Czech and Slovak: "pokud jste tuto platbu neprovedli", "ak ste túto transakciu nevykonali",
    // "pokud to nejste vy", "ak nepoznáte túto platbu"
    '(?:pokud|jestlize|ak|ked) (?:jste|ste) ~3 (?:neprovedl\\w{0,2}|neautorizoval\\w{0,2}|nezadal\\w{0,2}|neobjednal\\w{0,2}|neuskutecnil\\w{0,2}|nevykonal\\w{0,2}|nerealizoval\\w{0,2}|nepotvrdil\\w{0,2}|nepovolil\\w{0,2}|neschvalil\\w{0,2}|neboli vy|nebyli vy)|(?:pokud|ak) (?:to )?(?:nejste vy|nie ste vy)|(?:pokud|ak) (?:tuto|tento|tieto|tuto) ~2 (?:nepoznavate|nepoznate|nerozpoznavate)|(?:pokud|ak) (?:nepoznavate|nepoznate|nerozpoznavate)',
    // Croatian, Serbian, Bosnian and Slovene: "ako niste izvršili ovu transakciju", "ako ne prepoznajete
    // ovu uplatu", "če te transakcije niste opravili vi", "ako to niste bili vi"
    '(?:ako|ukoliko) ~2 (?:niste|nisi) ~3 (?:zadal\\w{0,2}|izvrsil\\w{0,2}|odobril\\w{0,2}|autoriziral\\w{0,2}|autorizoval\\w{0,2}|narucil\\w{0,2}|zatrazil\\w{0,2}|obavil\\w{0,2}|inicirali|bili vi|vi)|(?:ako|ukoliko) ne (?:prepoznajete|prepoznajes|prepoznate)|ce ~3 (?:niste|nisi) ~2 (?:opravil\\w{0,2}|odobril\\w{0,2}|narocil\\w{0,2}|zahteval\\w{0,2}|izvedl\\w{0,2}|bili vi|vi)|ce ne prepoznate',
    // Hungarian: "ha nem Ön kezdeményezte", "ha nem ismeri fel a tranzakciót", "ha nem Ön volt"
    'ha (?:nem|on nem|ezt nem|ont nem) ~3 (?:kezdemenyezte|kezdemenyezett|hagyta jova|engedelyezte|rendelte|vegezte|inditotta|ismeri fel|on volt|ismeri)',
    // Estonian, Latvian, Lithuanian: "kui te seda tehingut ei teinud", "ja jūs neveicāt šo darījumu",
    // "jei šios operacijos neatlikote"
    'kui (?:te|sa|sina) ~3 (?:ei teinud|ei tellinud|ei kinnitanud|ei algatanud|ei tunne|ei tuvasta)|kui see (?:polnud|ei olnud) (?:teie|sina)|ja ~3 (?:neveicat|neesat veicis|neesat veikusi|neatpazistat|nepasutijat|neautorizejat)|jei ~3 (?:neatlikote|neatpazistate|neuzsakete|nepatvirtinote|neinicijavote)',
    // Romanian: "dacă nu ați efectuat această tranzacție", "dacă nu recunoașteți plata"
    'daca (?:nu|dvs nu|dumneavoastra nu) (?:ati|ai) ~1 (?:efectuat|autorizat|comandat|initiat|solicitat|aprobat|fost (?:dvs|dumneavoastra|tu))|daca nu (?:recunoasteti|recunosti)',
    // Icelandic (þ and ð read as p and d): "ef þú kannast ekki við þessa færslu", "ef þú gerðir þetta ekki"
    'ef (?:pu|pid|per) ~3 (?:kannast ekki|kannist ekki|gerdir (?:petta )?ekki|heimiladir (?:petta )?ekki|badst ekki|pantadir (?:petta )?ekki|sampykktir (?:petta )?ekki)',
  ),
  ...PS(
    `(?:если|якщо) ~2 (?:вы|ви) (?:не) (?:совершали|совершили|оформляли|заказывали|подтверждали|делали|здіиснювали|замовляли|оформлювали|підтверджували)`,
    '(?:av|εαν) (?:δεν) (?:πραγματοποιησατε|κανατε|εγκρινατε|παραγγειλατε|αναγνωριζετε)',
    `(?:אם) (?:לא) (?:ביצעת|ביצעתם|הזמנת|הזמנתם|אישרת|אישרתם|זיהית|ביקשת)`,
    '(?:اذا|ان|في حال) (?:لم) (?:تقم|تطلب|تجر|تاذن|تعترف|تتعرف)',
    '(?:اگر|چنانچه) ~4 (?:انجام ندادهاید|انجام نداده اید|درخواست ندادهاید|سفارش ندادهاید|تایید نکردهاید)',
    '(?:यदि|अगर) (?:आपने|आप ने) ~4 (?:नहीं किया|नहीं की|नहीं किए|नहीं दिया)',
    '(?:আপনি যদি|যদি আপনি) ~4 (?:না করে থাকেন|করেননি|না করেন)',
    // Russian and Ukrainian with the subject last: "если операцию совершали не вы", "если это были не вы"
    `(?:если|якщо) ~3 (?:совершали|совершил${CY}{0,2}|делали|оформляли|инициировали|здіиснювали|робили) не (?:вы|ви)|(?:если|якщо) (?:это|це) (?:были|был|була|були|був) не (?:вы|ви)`,
    // Bulgarian: "ако не разпознавате операцията", "ако не сте наредили този превод"
    `ако не (?:разпознавате|познавате)|ако ~3 не сте (?:извършили|наредили|поръчали|одобрили|направили|инициирали|вие)`,
    // Mongolian: "хэрэв энэ гүйлгээг та хийгээгүй бол"
    `(?:хиигээгүи|хиисэн биш|зөвшөөрөөгүи|захиалаагүи) бол`,
    // Georgian: "თუ ეს ოპერაცია თქვენ არ განგიხორციელებიათ"
    `თუ ~4 (?:არ (?:განგიხორციელებიათ|გაგიკეთებიათ|შეგიკვეთავთ|დაგიდასტურებიათ|მოგითხოვიათ)|თქვენ არ ხართ)`,
  ),
];

/** "Call us", the weaker hook beside a number (CALL_HELP). */
export const CALL_HELP_WORLD = [
  ...P(
    '(?:bizi arayin|hemen arayin|numarayi arayin|musteri hizmetlerini arayin|arayiniz)',
    // Czech and Slovak: "zavolejte na naši zákaznickou linku", "kontaktujte klientské centrum na čísle",
    // "zavolajte nám na číslo"
    '(?:zavolejte|volejte|zavolajte|volajte|kontaktujte|obratte se na|obratte sa na) ~4 (?:nam|na cisle|na cislo|na (?:nasi |nasu )?(?:linku|linky|infolinku|infolinky|hotline)|zakaznick\\w{0,3} (?:linku|linky|podporu|centrum|servis|sluzby|oddeleni\\w{0,2})|klientsk\\w{0,3} (?:centrum|linku|linky|podporu)|bezpecnostn\\w{0,3} oddeleni\\w{0,2}|oddeleni\\w{0,2} (?:bezpecnosti|reklamaci|fakturace|platieb|plateb))',
    // Croatian, Serbian, Bosnian, Slovene: "nazovite nas na broj", "kontaktirajte korisničku službu",
    // "pokličite naš klicni center na številko"
    '(?:nazovite|nazovete|nazovi|pozovite|kontaktirajte|javite se|pokliscite|poklicite|poklicete) ~4 (?:nas|na broj|na broju|na stevilko|na stevilki|korisnick\\w{0,3} (?:sluzb\\w{0,2}|podrsk\\w{0,2}|centar|centru)|pozivni centar|call centar|klicni center|podpor\\w{0,2}|odjel\\w{0,2}|oddelek|sluzb\\w{0,2})',
    // Hungarian: "hívja ügyfélszolgálatunkat a … számon", "lépjen kapcsolatba ügyfélszolgálatunkkal"
    '(?:hivja|hivjon|hivd|hivjak|keresse|lepjen kapcsolatba|vegye fel a kapcsolatot) ~4 (?:ugyfelszolgalat\\w*|minket|bennunket|a szamot|a kovetkezo (?:szam\\w*|telefonszam\\w*)|telefonszam\\w*|szamon|biztonsagi (?:osztaly\\w*|csapat\\w*|reszleg\\w*))',
    // Estonian, Latvian, Lithuanian: "helistage meile numbril", "võtke ühendust klienditeenindusega",
    // "zvaniet mums", "skambinkite mums"
    '(?:helistage|helista|votke uhendust|vota uhendust) ~4 (?:meile|numbril|numbrile|klienditeenindus\\w*|turvaosakon\\w*|tugi\\w*|infoliin\\w*)|(?:zvaniet|sazinieties ar) ~4 (?:mums|klientu\\w*|drosibas\\w*|numuru|talruni)|(?:skambinkite|susisiekite su) ~4 (?:mumis|mums|klientu\\w*|saugumo\\w*|numeriu|telefonu)',
    // Romanian: "sunați la numărul", "contactați serviciul clienți", "apelați departamentul de securitate"
    '(?:sunati|suna|sunati-ne|apelati|contactati|contacteaza|contactati-ne) ~4 (?:la numarul|la nr|numarul|serviciul (?:clienti|de relatii cu clientii|suport)|departamentul|echipa|suport\\w{0,2}|call center|call-center|ne)',
    // Icelandic: "hringdu í okkur í síma", "hafðu samband við þjónustuver"
    '(?:hringdu|hringid|hafdu samband|hafid samband) ~4 (?:i okkur|vid okkur|i sima|pjonustuver\\w*|oryggisdeild\\w*|simanumer\\w*)',
  ),
  ...PS(
    `(?:позвоните|звоните|перезвоните|зателефонуите|подзвоніть|телефонуите) ~3 (?:нам|по номеру|за номером|в службу|до служби|на горячую линию|на гарячу лінію)?`,
    '(?:καλεστε|τηλεφωνηστε|επικοινωνηστε) (?:μασ|με|στο|αμεσα)',
    '(?:התקשר|התקשרו|התקשרי|חייג|חייגו|חייגי) (?:מיד|אלינו|למחלקת|למספר|למוקד|עכשיו)',
    '(?:اتصل|اتصلوا|اتصلي|تواصل|تواصلوا) (?:بنا|فورا|على الرقم|بالرقم|بخدمة|بقسم)',
    '(?:تماس بگیرید|با ما تماس|با شماره) ~3 (?:تماس|بگیرید)?',
    '(?:कॉल करें|फोन करें|संपर्क करें) ~2 (?:नंबर|हेल्पलाइन|टोल फ्री)?|(?:हेल्पलाइन|टोल फ्री) (?:नंबर)?',
    '(?:কল করুন|ফোন করুন|যোগাযোগ করুন)',
    // Urdu: "ہماری اردو ہیلپ لائن سے رابطہ کریں", "اس نمبر پر کال کریں"
    '(?:رابطہ کریں|رابطہ کیجیے|کال کریں|کال کیجیے|فون کریں|فون کیجیے)',
    // Bulgarian ("се" and "с" read as Latin "ce", "c"): "свържете се незабавно с нашия екип", "обадете се"
    '(?:свържете ce|обадете ce|позвънете|звъннете)',
    // Mongolian: "доорх дугаараар холбогдоно уу", "утсаар залгана уу"
    `(?:дугаар${MN}{0,5}|утсаар) ~2 (?:холбогд${MN}{0,6}|залга${MN}{0,6})`,
    // Georgian: "დაგვიკავშირდით", "დაგვირეკეთ"
    '(?:დაგვიკავშირდით|დაგვირეკეთ|დარეკეთ)',
  ),
];

/** Billing words, the callback lure's frame (BILLING): an invoice, a renewal, a charge, an order. */
export const BILLING_WORLD = [
  ...P(
    '(?:fatura|faturaniz|abonelik|yenileme|iade|siparis|siparisiniz|tahsil edil\\w{0,4}|hesabinizdan cekil\\w{0,4})',
    // Czech and Slovak: "předplatné", "obnovení", "vrácení peněz", "objednávka", "strženo", "odepsáno"
    '(?:predplatne\\w{0,2}|obnoveni|obnovenie|obnoven\\w{0,2} (?:predplatneho|licence|licencie)|vraceni (?:penez|platby)|vratenie (?:penazi|platby)|objednavk\\w{0,2}|strzen\\w{0,2}|strhnut\\w{0,2}|odepsan\\w{0,2}|odpisan\\w{0,2}|zauctovan\\w{0,2})',
    // Croatian, Serbian, Slovene: "pretplata", "obnova", "povrat novca", "narudžba", "terećeno",
    // "naročnina", "podaljšanje", "vračilo", "bremenitev"
    '(?:pretplat\\w{0,2}|obnov\\w (?:pretplate|licence)|povrat (?:novca|sredstava)|narudzb\\w{0,2}|terecen\\w{0,2}|zaduzen\\w{0,2}|narocnin\\w{0,2}|podaljsanj\\w{0,2}|vracil\\w{0,2} denarja|bremenitev|bremenjen\\w{0,2})',
    // Hungarian: "előfizetés", "megújítás", "visszatérítés", "rendelés", "terhelés", "levonás"
    '(?:elofizetes\\w{0,4}|megujitas\\w{0,4}|megujitott\\w{0,2}|visszaterites\\w{0,4}|rendeles\\w{0,4}|terheles\\w{0,4}|megterhel\\w{0,6}|levonas\\w{0,4}|levont\\w{0,2})',
    // Estonian, Latvian, Lithuanian: "tellimus", "uuendamine", "tagasimakse", "abonements", "prenumerata"
    '(?:tellimus\\w{0,3}|tellimuse\\w{0,2}|uuendami\\w{0,4}|tagasimakse\\w{0,2}|debiteeriti|abonement\\w{0,2}|pasutijum\\w{0,2}|atjaunosan\\w{0,2}|prenumerat\\w{0,2}|uzsakym\\w{0,2}|nuskaicuot\\w{0,2})',
    // Romanian: "abonament", "reînnoire", "rambursare", "comanda", "debitat"
    '(?:abonament\\w{0,3}|reinnoire\\w{0,2}|reinnoit\\w{0,2}|rambursar\\w{0,2}|comanda|comenzii|comanda dvs|debitat\\w{0,2}|factura\\w{0,2})',
    // Icelandic: "áskrift", "endurnýjun", "endurgreiðsla", "pöntun", "skuldfært"
    '(?:askrift\\w{0,3}|endurnyjun\\w{0,2}|endurgreidsl\\w{0,2}|pontun\\w{0,2}|skuldfaer\\w{0,3})',
  ),
  ...PS(
    `(?:счет на оплату|подписк${CY}{0,2}|продлени${CY}{0,2}|возврат${CY}{0,2}|заказ${CY}{0,2}|списан${CY}{0,3}|рахунок-фактур${CY}{0,2}|передплат${CY}{0,2}|замовлення|списано)`,
    '(?:τιμολογιο|συνδρομη|ανανεωση|επιστροφη χρηματων|παραγγελια|χρεωση)',
    `(?:חשבונית|מנוי|חידוש|החזר|החזרים|הזמנה|חיוב|החיוב)`,
    `(?:فاتورة|اشتراك|تجديد|استرداد|طلب شراء|خصم|تم خصم|الفاتورة)`,
    '(?:فاکتور|صورتحساب|اشتراک|تمدید|بازپرداخت|سفارش|کسر شد)',
    '(?:इनवॉइस|बिल|सब्सक्रिप्शन|नवीनीकरण|रिफंड|ऑर्डर|कटौती)',
    '(?:ইনভয়েস|বিল|সাবস্ক্রিপশন|নবায়ন|রিফান্ড|অর্ডার)',
    `(?:абонамент${CY}{0,3}|подновяван${CY}{0,3}|подновен${CY}{0,2}|възстановяване на (?:сумата|средствата|парите)|поръчка${CY}{0,2}|фактура${CY}{0,2}|таксуван${CY}{0,2}|удържан${CY}{0,2})`,
    `(?:захиалг${MN}{0,4}|сунгалт${MN}{0,4}|нэхэмжлэх${MN}{0,4}|буцаан олголт${MN}{0,3}|хураамж${MN}{0,4})`,
    `(?:გამოწერ${KA}{0,4}|განახლებ${KA}{0,4}|ინვოის${KA}{0,4}|ანაზღაურებ${KA}{0,4}|შეკვეთ${KA}{0,4})`,
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
  /(?:^|[\s,;:!?"'(])(?:никогда|не|ніколи|ні|любые|любых|будь-які|будь-яких|никаких|никакие|никакого|никакои|жодних|жодні|жодного|жоднии|никакви|ποτε|μην|δεν|לעולם|אל|לא|ابدا|لا|لن|هرگز|asla|hicbir zaman|kesinlikle)(?:[\s,]+[^\s]+){0,3}[\s,]*$/;

/** The fee that releases the money (ADVANCE_FEE_RELEASE): "رسوم تحويل … قبل إطلاق المبلغ". */
export const ADVANCE_FEE_RELEASE_WORLD = [
  ...P(
    '(?:transfer|islem|isleme|sigorta|gumruk|dosya) (?:ucreti|bedeli|masrafi) ~6 (?:odenmesi|odemeniz|odeyin|yatirmaniz|yatirin|gonderin)',
  ),
  ...PS(
    'رسوم (?:تحويل|معالجة|تامين|شحن|ادارية|تخليص) ~8 (?:قبل|لاطلاق|للافراج|لتحويل|لاستلام)|يجب دفع (?:رسوم|مبلغ)',
    '(?:هزینه|کارمزد) ~6 (?:قبل از|برای ازادسازی|برای دریافت|جهت دریافت)',
    '(?:प्रोसेसिंग|प्रक्रिया|ट्रांसफर|क्लीयरेंस|रजिस्ट्रेशन) (?:फीस|शुल्क)',
    '(?:প্রসেসিং|প্রক্রিয়াকরণ|ট্রান্সফার|রেজিস্ট্রেশন) ফি',
    `(?:оплатит${CY}{0,2}|внест${CY}{0,2}|перевест${CY}{0,2}) ~2 (?:комисси${CY}{0,2}|сбор${CY}{0,2}|пошлин${CY}{0,2}|налог${CY}{0,2}) ~6 (?:для получения|чтобы получить|перед|до получения|за перевод|за вывод)|(?:комисси${CY}{0,2}|сбор${CY}{0,2}) за (?:перевод|вывод|оформление|обработку|страховку)`,
    '(?:עמלת|דמי) (?:העברה|טיפול|שחרור|עיבוד|ביטוח)',
    '(?:τελη|προμηθεια) (?:μεταφορασ|επεξεργασιασ|αποδεσμευσησ|εκτελωνισμου)',
    // Urdu: "پروسیسنگ فیس", "گرانٹ کی رقم جاری کرنے سے پہلے"
    '(?:پروسیسنگ|رجسٹریشن|ٹرانسفر|انشورنس) فیس|(?:رقم|گرانٹ|انعام|فنڈ) ~4 جاری (?:کرنے|ہونے) سے پہلے',
  ),
  // Chinese: the fee that unfreezes the money ("解冻费", "先缴纳手续费")
  /(?:解冻|解凍|激活|提现|提現|税|稅)费|(?:缴纳|繳納|支付|先付)(?:一笔|一筆)?(?:手续费|手續費|保证金|保證金)/g,
];

/** The windfall's story (ADVANCE_FEE_STORY): a lottery never entered, an inheritance, a prize won. */
export const ADVANCE_FEE_STORY_WORLD = [
  ...P(
    '(?:cekilis\\w{0,6}|piyango\\w{0,6}|miras\\w{0,6}) ~6 (?:kazandiniz|kazanan\\w{0,4}|talihli\\w{0,4}|varis\\w{0,4})',
  ),
  ...PS(
    '(?:لليانصيب|اليانصيب|يانصيب|السحب (?:الدولي|السنوي|العشوايي)|الميراث|ميراث|تركة المتوفى)|(?:فزت|ربحت) ~4 (?:بمبلغ|بجايزة|بالجايزة)',
    '(?:قرعه ?کشی|لاتاری|میراث|ارث) ~6 (?:برنده|جایزه)|برنده (?:خوش ?شانس|شدهاید|شده اید)',
    '(?:लॉटरी|लकी ड्रॉ|विरासत) ~6 (?:जीत|विजेता|इनाम)|(?:इनाम|पुरस्कार) (?:जीत|जीता|जीते)',
    '(?:লটারি|লাকি ড্র) ~6 (?:বিজয়ী|জিতেছেন|পুরস্কার)|পুরস্কার জিতেছেন',
    `(?:лотере${CY}{0,2}|розыгрыш${CY}{0,2}|наследств${CY}{0,2}) ~6 (?:выигра${CY}{0,3}|победител${CY}{0,2}|выигрыш${CY}{0,2}|приз${CY}{0,2}|наследник${CY}{0,2})|вы выиграли`,
    '(?:הגרלה|הגרלת|ירושה) ~6 (?:זכית|זכייה|הזוכה|פרס)|זכית (?:ב|בפרס|בסך)',
    '(?:κληρωση|λαχειο|κληρονομια) ~6 (?:κερδισατε|νικητησ|επαθλο)|κερδισατε (?:το ποσο|επαθλο)',
    // Urdu: a grant, a prize or an inheritance "approved" or won
    '(?:گرانٹ|انعام|لاٹری|وراثت|اسکالرشپ) ~6 (?:منظور|جیت لیا|جیتا|جیتی)',
  ),
];

/** The reply it asks for (ADVANCE_FEE_CONTACT): "send the following details", a passport copy. */
export const ADVANCE_FEE_CONTACT_WORLD = [
  ...P(
    '(?:ad soyad\\w{0,4}|adres\\w{0,4}|telefon\\w{0,4}|kimlik\\w{0,4}) ~4 (?:gonderin|gonderiniz|iletin|iletiniz)',
  ),
  ...PS(
    '(?:يرجى|الرجاء) (?:ارسال|تزويدنا ب) ~2 (?:البيانات|بياناتك|المعلومات|التالي|التالية)|ارسل (?:لنا|لي|الي) ~3 (?:بياناتك|اسمك|عنوانك)|صورة (?:من )?جواز السفر',
    '(?:اطلاعات|مشخصات) (?:خود )?(?:را )?(?:ارسال کنید|بفرستید)|تصویر (?:کارت ملی|گذرنامه)',
    '(?:अपना|अपनी|अपने) (?:नाम|पता|विवरण|जानकारी|बैंक) ~3 (?:भेजें|भेजिए|भेजो)',
    '(?:ট্রানজেকশন|লেনদেন) আইডি ~4 পাঠান|(?:নাম|ঠিকানা|তথ্য) ~3 পাঠান',
    `(?:отправьте|пришлите|сообщите|надішліть) ~3 (?:ваш${CY}{0,2} |сво${CY}{0,2} )?(?:данн${CY}{0,2}|фио|имя|адрес|паспорт${CY}{0,2}|реквизит${CY}{0,2})`,
    '(?:שלחו|שלח|השב|השיבו) ~3 (?:את )?(?:פרטיך|הפרטים|פרטים|שמך|כתובתך)',
    '(?:στειλτε|αποστειλτε) ~3 (?:τα στοιχεια|το ονομα|τη διευθυνση)',
    // Urdu: "شناختی کارڈ کی کاپی اور پاسپورٹ کی کاپی … بھیج دیں"
    '(?:شناختی کارڈ|پاسپورٹ|رسید|بینک کی تفصیلات) ~10 (?:بھیج دیں|بھیجیں|ارسال کریں)',
  ),
];

/** A payment asked for (PAYMENT_REQUEST): "просим произвести оплату", "נא להעביר את התשלום". */
export const PAYMENT_REQUEST_WORLD = [
  ...P(
    '(?:odemeyi|odemenizi|tutari|bedeli) ~3 (?:yapmanizi|gerceklestirmenizi|yatirmanizi|hesabimiza|gondermenizi)',
    // "bu hesaba aktarılmasını rica ederiz"
    '(?:hesaba|hesabimiza|ibana) (?:aktarilmasini|yatirilmasini|odenmesini|gonderilmesini|havale edilmesini) (?:rica ederiz|rica ediyoruz|rica ederim|talep ederiz)',
    // Croatian, Serbian, Slovene, Slovak, Czech: "moramo uplatiti depozit na escrow račun", "bude
    // potrebovať zaslať zálohu do úschovy", "nakazati znesek na račun"
    '(?:uplatiti|uplatite|uplatis|izvrsiti uplatu|izvrsite uplatu|doznaciti|doznacite|nakazati|nakazite|nakazes) ~4 (?:depozit\\w{0,2}|iznos\\w{0,2}|avans\\w{0,2}|escrow|polog\\w{0,2}|znesek|na racun|na escrow)',
    '(?:zaslat|poslat|previest|prevest|odoslat|uhradit|zaplatit) ~3 (?:zalohu|zalohy|platbu|sumu|castku|ciastku|do uschovy|na ucet|na escrow)',
  ),
  ...PS(
    `(?:просим|прошу|просимо) ~5 (?:произвести|производить|осуществить|осуществлять|перечислить|перечислять|провести|проводить|оплатить|оплачивать|здіиснити|здіиснювати|сплатити|сплачувати|провести) ~2 (?:оплат${CY}{0,2}|платеж${CY}{0,2}|перевод${CY}{0,2}|сч[её]т${CY}{0,2}|рахун${CY}{0,2})`,
    `(?:производить|произвести|осуществлять|осуществить|перечислять|перечислить|здіиснювати|сплачувати) (?:оплат${CY}{0,2}|платеж${CY}{0,2}|средства|кошти) ~4 (?:по новым реквизитам|на новые реквизиты|на новыи сч[её]т|за новими реквізитами|на нові реквізити)`,
    '(?:παρακαλουμε|παρακαλω) (?:va )?(?:εξοφλησετε|πληρωσετε|καταθεσετε|μεταφερετε)',
    '(?:נא|אנא|נבקש|נודה) (?:להעביר|לשלם|לבצע|להסדיר) (?:את )?(?:התשלום|ההעברה|הסכום|החשבונית)',
    '(?:يرجى|الرجاء|نرجو) (?:تحويل|دفع|سداد) (?:المبلغ|الدفعة|الفاتورة|قيمة)',
    '(?:لطفا|خواهشمند است) ~4 (?:واریز|پرداخت) (?:کنید|نمایید|شود)',
    '(?:कृपया) ~4 (?:भुगतान|ट्रांसफर) (?:करें|कर दें|कीजिए)',
    '(?:অনুগ্রহ করে|দয়া করে) ~4 (?:পেমেন্ট|পরিশোধ|ট্রান্সফার) (?:করুন)',
    // Urdu: "£24,500، ہمارے اکاؤنٹ میں درکار ہے", "رقم منتقل کر دیں", "ادائیگی کی منظوری دے دیں" (ؤ as و, ئ as ي)
    '(?:اکاونٹ میں) ~2 (?:درکار ہے|منتقل کریں|جمع کروايیں|جمع کرايیں|بھیج دیں)|(?:رقم|ادايیگی|ڈپازٹ) ~4 (?:منتقل|ٹرانسفر|جمع|ادا) (?:کریں|کیجیے|کر دیں|کروايیں|کرا دیں)|ادايیگی کی منظوری',
    // Bulgarian: "моля, преведете сумата", "ще ти пратя данните за превода", "да бъдат платени по"
    `(?:моля|молим) ~3 (?:преведете|преведи|платете|плати|наредете|нареди|изпратете) ~3 (?:сума${CY}{0,2}|превод${CY}{0,2}|плащане${CY}{0,2}|депозит${CY}{0,2}|аванс${CY}{0,2}|сметк${CY}{0,2})|(?:ти|ви) (?:пратя|изпратя) (?:данните|реквизитите) (?:за|на) (?:превода|плащането|сметката)|да бъдат (?:платени|преведени) (?:по|на)`,
    // Mongolian: "доорх данс руу шилжүүлчих", "дансанд шилжүүлнэ үү", "шинэ данс руу хийж өгөөч"
    `(?:данс${MN}{0,5}) ~4 (?:шилжүүл${MN}{0,8}|хииж өг${MN}{0,5})|шилжүүлнэ yy|шилжүүлээрэи|шилжүүлчих`,
    // Georgian: "გადარიცხეთ", "ჩამირიცხეთ", "გადაიხადეთ"
    '(?:გადარიცხეთ|ჩამირიცხეთ|ჩარიცხეთ|გადაიხადეთ)',
  ),
];

/** An attachment or link to act on (ACTION_ON_LINK_MORE): "просим проверить, подписать и вернуть скан". */
export const ACTION_ON_FILE_WORLD = [
  ...P(
    // "ekteki belgeyi inceleyip imzalayınız"
    '(?:ekteki|ekte) ~3 (?:inceley\\w{0,5}|imzalay\\w{0,5}|acin\\w{0,3}|indirin\\w{0,3}|kontrol ed\\w{0,5})',
  ),
  ...PS(
    `(?:просим|прошу|просимо|прохання) ~3 (?:проверить|подписать|ознакомиться|открыть|скачать|перевірити|підписати|ознаиомитися|відкрити|завантажити)`,
    `(?:откроите|скачаите|ознакомьтесь|відкриите|завантажте|ознаиомтеся) ~4 (?:вложени${CY}{0,2}|документ${CY}{0,2}|фаил${CY}{0,2}|акт${CY}{0,2}|рахунк${CY}{0,2}|сч[её]т${CY}{0,2})`,
  ),
  // "請點擊以下連結", "点击下方链接", "以下のリンクから", "아래 링크를 클릭", "คลิกลิงก์ด้านล่าง"
  /(?:请|請)?(?:点击|點擊|点选|點選|单击|單擊)(?:以下|下方|下面|此|该|該|这个|這個)?(?:链接|連結|鏈接|网址|網址|按钮|按鈕)|(?:以下|下記|こちら)の(?:リンク|URL|ボタン)(?:から|を(?:クリック|タップ))|(?:リンク|ボタン)を(?:クリック|タップ)|(?:아래|다음|하단)(?:의)? ?(?:링크|버튼)(?:를|을)? ?(?:클릭|눌러)|(?:링크|버튼)(?:를|을) ?(?:클릭|눌러)|คลิก(?:ที่)?(?:ลิงก์|ลิ้งค์|ปุ่ม)/g,
];

// Korean: BEC and vishing written in Hangul (the words run together with their particles, so each is
// a regex of its own, as PRESSURE_WORLD's CJK entry)

/** The charge disowned: "본인이 시도한 결제가 아니라면", "이 결제를 승인하지 않으셨다면", "결제 취소 및 환불". */
export const DISPUTE_KO =
  /본인이 ?(?:시도|요청|진행|결제|승인|주문)(?:하신|한) ?(?:결제|거래|주문|요청)(?:가|이) ?아니(?:라면|면|신 경우)|본인(?:이|께서)? ?(?:하지 ?않은|아닌) ?(?:경우|결제|거래)|(?:결제|거래|주문)(?:을|를)? ?(?:승인|요청|진행)?(?:하지 ?않으셨다면|하신 ?적이 ?없(?:다면|으시면))|(?:결제|주문|구독) ?취소 ?(?:및|와|또는) ?환불/g;
/**
 * "Call us" at a service desk: "사기방지팀으로 전화", "상담 전용 번호로 연락" (a plain "연락 주세요", contact me,
 * is what every contractor's quote says).
 */
export const CALL_HELP_KO =
  /(?:고객센터|콜센터|고객 ?지원(?:팀|센터)?|사기방지(?:센터|팀)|상담 ?센터|보안팀|결제팀)(?:로|으로|에)? ?(?:즉시 |바로 )?(?:연락|전화|문의)|(?:전용|대표|상담) ?번호로 ?(?:연락|전화|문의)/g;
/** The boss who cannot take a call: "전화는 못 받아요", "통화는 좀 어려워요", "미팅 중". */
export const UNAVAILABLE_KO =
  /(?:전화|통화)(?:는|를)? ?(?:못 ?받|좀 ?어려|어려워|힘들|불가)|(?:미팅|회의) ?(?:중|들어와)/g;
/** The BEC opener: "지금 사무실에 있어요?", "부탁할 게 하나 있는데". */
export const BEC_OPENER_KO =
  /사무실(?:에)? ?(?:있어요|계세요|이세요|있나요|있어)|부탁할 ?(?:게|것이|일이) ?(?:하나 )?있(?:어요|는데|습니다)/g;
/** Secrecy: "다른 분들한테는 아직 말하지 말아 주세요", "비밀로 해 주세요". */
export const SECRECY_KO =
  /(?:다른 ?(?:분|사람)들?(?:한테|에게)는?|아무(?:한테|에게)도|(?:아빠|엄마|사장님|대표님)(?:한테|에게)는) ?(?:아직 )?말하지 ?(?:마|말아|마세요)|비밀로 ?(?:해|해 ?주세요|해주세요|부탁)/g;
/** Gift cards by name: "애플 기프트카드", "구글 플레이 카드", "상품권". */
export const GIFT_CARD_KO = /기프트 ?카드|구글 ?플레이 ?카드|아이튠즈 ?카드|상품권/g;
/** Their codes sent back: "카드 뒷면 코드 긁어서 사진 찍어", "은박 긁고 번호 보이게 사진". */
export const GIFT_CARD_CODES_KO =
  /(?:코드|번호|은박)(?:를|을)? ?(?:긁|보이게)|(?:뒷면|뒤에)[^.!?\n]{0,20}(?:긁|사진)/g;
/** A payment asked: "송금해 주세요", "입금 부탁드립니다", "이체해 주시기 바랍니다". */
export const PAYMENT_REQUEST_KO =
  /(?:송금|입금|이체|결제)(?:해|을 ?해|를 ?해)? ?(?:주세요|주시기 바랍니다|주십시오|줄 수 있어요|주실 수 있(?:을까요|나요)|부탁(?:드립니다|해요|합니다))/g;

// Japanese: the same asks, written together with their particles (one regex each, as the Korean
// ones above). Written from how these lures are phrased, not from any one message.

/** The charge disowned: "心当たりがない場合", "身に覚えのないご利用", "ご自身で行っていない場合". */
export const DISPUTE_JA =
  /(?:心当たり|身に覚え)(?:が|の)(?:ない|無い|ございません)|(?:ご自身|お客様ご本人|ご本人)(?:で|が)(?:行って|お手続きして|ご利用になって|操作して)(?:いない|いらっしゃらない)/g;
/** "Call us" at a desk: "カスタマーセンターまでお電話ください", "下記の番号までご連絡". */
export const CALL_HELP_JA =
  /(?:カスタマーセンター|サポートセンター|サポート窓口|コールセンター|お客様窓口|不正利用(?:対策)?(?:窓口|センター|専用ダイヤル)|セキュリティ(?:センター|窓口|担当))(?:まで|に|へ)(?:至急|すぐに)?(?:お電話|ご連絡|電話)|(?:下記|以下)の(?:番号|電話番号|窓口)(?:まで|に|へ)(?:至急|すぐに)?(?:お電話|ご連絡|電話)/g;
/** A security event: "不正ログイン", "新しい端末", "カードの利用を一時停止". */
export const SECURITY_EVENT_JA =
  /不正(?:な)?(?:ログイン|アクセス|利用)|新しい(?:端末|デバイス)|(?:カード|口座|アカウント)(?:の(?:ご)?利用)?(?:が|を|は)?(?:一時)?(?:停止|凍結|ロック|制限)/g;
/** The boss who cannot take a call: "会議中で電話に出られません". */
export const UNAVAILABLE_JA =
  /(?:会議中|打ち合わせ中|移動中|出張中|商談中)|電話(?:に出られ|ができ)(?:ません|ない)/g;
/** Secrecy: "内密にお願いします", "他の社員には言わないで", "他の方には伝えないようお願いします", "極秘". */
export const SECRECY_JA =
  /内密に|極秘|内緒(?:で|に)|口外(?:しないで|無用|厳禁)|(?:他の|ほかの)(?:方|人|社員|皆)(?:に|には)(?:言わないで|話さないで|伝えないで|回さないで|共有しないで|言わないよう|話さないよう|伝えないよう)/g;
/** The opener: "今、席にいますか", "お願いしたいことがあります". */
export const BEC_OPENER_JA =
  /(?:今|いま)[、,]?(?:席に|社内に|オフィスに|会社に)(?:いますか|いらっしゃいますか)|(?:お願いしたい|頼みたい)(?:こと|件|もの)が(?:あります|ある)/g;
/** Gift cards: "Appleギフトカード", "Amazonギフト券", "プリペイドカード". */
export const GIFT_CARD_JA = /ギフト(?:カード|券)|プリペイドカード|(?:itunes|google ?play)カード/g;
/** Their codes sent back: "裏面のコードを写真で送って", "コードの画像". */
export const GIFT_CARD_CODES_JA =
  /(?:裏面|裏)の?(?:コード|番号|スクラッチ)|コード(?:を|の)(?:写真|画像|撮って|送って|お送り|教えて)/g;
/** A payment asked: "振り込んでいただけますか", "至急送金してください". */
export const PAYMENT_REQUEST_JA =
  /(?:振り込んで|振込んで|送金して|お?振込み?を|ご?送金を|お支払いを)(?:ください|いただけ(?:ます|ません)か|もらえ(?:ます|ません)か|お願い)/g;

// Chinese (simplified and traditional), written together like Japanese: the same families.

/** The charge disowned: "如该笔交易并非贵公司授权", "如非本人操作", "若您未进行此操作". */
export const DISPUTE_ZH =
  /(?:如|若|如果|倘若) ?(?:该笔|此笔|該筆|此|这|這|本次|该|該)? ?(?:交易|操作|订单|訂單|扣款|付款|汇款|匯款|续订|續訂|更新)? ?(?:并非|並非|不是|非) ?(?:贵公司|貴公司|您本人|您|本人|閣下) ?(?:授权|授權|操作|所为|所為|本人操作|发起|發起)?|(?:如|若|如果) ?(?:您|閣下)? ?(?:未|没有|沒有) ?(?:进行|進行|授权|授權|订购|訂購|发起|發起|申请|申請) ?(?:过|過)? ?(?:此|该|該|这|這)? ?(?:笔|筆)? ?(?:交易|操作|订单|訂單|付款)/g;
/** "Call us": "请致电本行欺诈调查组", "请拨打客服热线", "請致電". */
export const CALL_HELP_ZH =
  /(?:请|請|敬请|敬請)(?:您)?(?:于|於|在)?[^。！？\n]{0,16}?(?:致电|致電|拨打|撥打|来电|來電|电话联系|電話聯繫)|(?:客服|热线|熱線|安全中心|反欺诈|反詐騙|欺诈调查|欺詐調查)[^。！？\n]{0,8}(?:致电|致電|拨打|撥打|联系|聯繫)/g;
/** A security event: "可疑交易", "异常登录", "账户已冻结". */
export const SECURITY_EVENT_ZH =
  /可疑(?:交易|登录|登錄|活动|活動|汇款|匯款)|异常(?:交易|登录|活动)|異常(?:交易|登錄|活動)|(?:账户|帳戶|賬戶|卡片|银行卡|銀行卡)(?:已|已被|将被|將被)?(?:冻结|凍結|暂停|暫停|锁定|鎖定|停用)/g;
/** Billing words: "年费", "续订", "退款", "订单", "扣款", "发票". */
export const BILLING_ZH = /年费|年費|续订|續訂|续费|續費|订阅|訂閱|退款|订单|訂單|扣款|发票|發票|账单|帳單/g;
/** Billing words in Japanese: "年会費", "更新", "返金", "解約", "ご請求", "お支払い". */
export const BILLING_JA =
  /年会費|月会費|自動更新|更新料|返金|解約|ご?請求|ご注文|お支払い|引き落とし|定期購入/g;
/** The boss who cannot take a call: "不方便接电话", "正在开会". */
export const UNAVAILABLE_ZH =
  /不(?:方便|能|便)接(?:听)?(?:电话|電話)|(?:正在|在)(?:开会|開會)|会议中|會議中/g;
/** Secrecy: "先不要跟其他人说", "不要告诉同事" (not a disclaimer's "保密信息"). */
export const SECRECY_ZH =
  /(?:不要|别|別|先别|先不要|暂时不要|暫時不要)(?:跟|和|对|對|告诉|告訴)?(?:办公室|辦公室|公司)?(?:其他人|别人|別人|同事|任何人)(?:说|說|讲|講|提)?/g;
/** Gift cards: "Apple 礼品卡", "禮品卡", "充值卡", "购物卡". */
export const GIFT_CARD_ZH = /礼品卡|禮品卡|购物卡|購物卡|充值卡|储值卡|儲值卡/g;
/** Their codes sent back: "把卡背面刮开，拍照发到这个邮箱". */
export const GIFT_CARD_CODES_ZH =
  /刮开|刮開|(?:卡)?背面[^。！？\n]{0,8}(?:拍照|照片)|(?:卡号|卡號|密码|密碼)(?:拍照|发给我|發給我)/g;
/** The writer's private mailbox: "用私人邮箱联系你", "從私人信箱寫信". */
export const PERSONAL_ADDRESS_ZH =
  /(?:用|从|從|以)(?:我的)?(?:私人|个人|個人)(?:邮箱|信箱|郵箱|电邮|電郵|邮件|郵件)/g;

/** Secrecy that shuts colleagues out (SECRECY_INTL): Bulgarian, Mongolian, Georgian. */
export const SECRECY_WORLD = PS(
  // "не го обсъждай с Димитър", "на никого не казвай"
  '(?:не|на никого не) (?:ro |ги |им )?(?:обсъждаи|обсъждаите|казваи|казваите|споделяи|споделяите)',
  // "битгий хэлээрэй" (do not tell)
  `битгии ~2 (?:хэл${MN}{0,6}|яри${MN}{0,6}|мэдэгд${MN}{0,6})`,
  'არავის (?:უთხრა|უთხრათ|გაუმხილო|გაუმხილოთ)',
);
/** The writer out of reach by phone (UNAVAILABLE_INTL): Russian, Bulgarian, Mongolian, Georgian. */
export const UNAVAILABLE_WORLD = PS(
  // "я сейчас на переговорах и не могу говорить", "не могу взять трубку"
  `(?:на переговорах|на совещании|в самолете) ~4 не могу|не могу (?:говорить|разговаривать|взять трубку|ответить на звонок)|не можу (?:говорити|розмовляти)`,
  // "съм на среща в София", "не мога да говоря по телефона"
  '(?:съм|ще бъда) (?:на|в) (?:среща|срещи|заседание|самолета|преговори)|не мога да (?:говоря|вдигна|отговоря)',
  // "утсаар ярих боломжгүй", "сүлжээ муу"
  'утсаар ярих боломжгүи|утсаа авах боломжгүи|сүлжээ муу',
  'შეხვედრაზე ვარ|ვერ ვპასუხობ (?:ტელეფონს|ზარებს)',
);

/**
 * The writer's excuse for an unknown address (PERSONAL_ADDRESS_PRETEXT_RX) in the languages of
 * Central and Eastern Europe, the Baltics, Iceland, East Africa and Indonesia: "pišem ti s privatne
 * adrese", "nemôžem riešiť cez firemný mail", "пишу с личной почты", "skrifa úr einkapóstinum".
 */
export const PERSONAL_ADDRESS_WORLD = [
  ...P(
    '(?:pisem|saljem|javljam se) ~3 (?:s|sa|iz) ~1 (?:privatn\\w{0,3}|osobn\\w{0,3}|licn\\w{0,3}) (?:adres\\w{0,2}|mail\\w{0,2}|e-?mail\\w{0,2}|racun\\w{0,2}|post\\w{0,2})',
    '(?:pisem|posiljam) ~3 (?:z|iz) ~1 (?:zasebn\\w{0,3}|osebn\\w{0,3}) (?:naslov\\w{0,2}|e-?post\\w{0,2}|mail\\w{0,2}|e-?mail\\w{0,2})',
    '(?:pisem|pisu|posielam|posilam) ~3 (?:zo|z|ze) ~1 (?:sukromn\\w{0,3}|soukrom\\w{0,3}|osobn\\w{0,3}) (?:mail\\w{0,2}|e-?mail\\w{0,2}|adres\\w{0,2}|uct\\w{0,2})',
    '(?:nemozem|nemuzu|nemozem to|nemuzu to) ~3 (?:riesit|resit|posielat|posilat|poslat) (?:cez|pres) (?:firemn\\w{0,2}|pracovn\\w{0,2}) (?:mail|e-?mail|postu)',
    '(?:magan|szemelyes) (?:e-?mail ?cimemrol|e-?mailemrol|cimemrol|fiokombol) (?:irok|kuldom)',
    '(?:iti|va|te) scriu (?:de pe|de la|din) ~2 (?:adresa|mailul|e-?mailul|contul) (?:personal\\w?|privat\\w?)',
    'kirjutan ~2 (?:isiklikult|erameililt|eraaadressilt|isiklikult aadressilt|isiklikust meilist)',
    '(?:skrifa|sendi) ~2 (?:ur|fra) (?:einkapost\\w*|personulegu netfangi|einkanetfangi)',
    '(?:ninaandika|naandika|ninatuma) ~2 (?:kutoka|kwa) (?:barua pepe|email|anwani) (?:yangu )?(?:ya )?binafsi',
    '(?:saya )?(?:menulis|mengirim|kirim) (?:dari|lewat|melalui) (?:email|alamat email|surel) (?:pribadi)',
  ),
  ...PS(
    // (the prepositions "с" and "со" read as their Latin look-alikes "c" and "co")
    `(?:пишу|отправляю|пишу вам|пишу тебе) ~3 (?:c|co|з|из) ~1 (?:личн${CY}{0,3}|приватн${CY}{0,3}|особист${CY}{0,3}|домашн${CY}{0,3}) (?:почт${CY}{0,2}|адрес${CY}{0,2}|ящик${CY}{0,2}|email|e-mail|пошт${CY}{0,2}|скриньк${CY}{0,2}|mail${CY}{0,2})`,
    `(?:корпоративн${CY}{0,3}|рабоч${CY}{0,3}|служебн${CY}{0,3}) (?:почта|ящик|пошта) ~4 (?:не синхронизиру${CY}{0,4}|не работает|недоступн${CY}{0,2}|не працює)`,
    // Bulgarian: "пиша ти от личната поща"; Mongolian: "хувийн хаягаасаа бичлээ"; Georgian: "პირადი მეილიდან გწერ"
    `(?:пиша|изпращам) ~3 от ~2 (?:личн${CY}{0,3}|частн${CY}{0,3}) (?:си )?(?:поща|имеил${CY}{0,3}|меил${CY}{0,3}|адрес${CY}{0,2}|e-?mail|gmail)`,
    `хувиин (?:хаяг|имэил|мэил|и-мэил|email|gmail)${MN}{0,6} (?:бичлээ|бичиж|илгээ${MN}{0,5}|холбогд${MN}{0,6})`,
    'პირადი (?:მეილიდან|ფოსტიდან|იმეილიდან|ელფოსტიდან)',
  ),
];
