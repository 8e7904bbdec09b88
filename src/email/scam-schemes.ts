/**
 * Scams read by what they say, not by how they word it. A phrase rule needs the scammer's words in
 * the rule's order ("send 0.1 BTC to my wallet"); a model written lure says the same thing another
 * way every time ("a small fee: 1450 USD in Bitcoin … copy this address"). What it cannot leave out
 * are the parts of the scheme: an extortion needs a compromising recording, the people it will be
 * sent to and a crypto payment; an investment scam a return per day or week and money to put in; a
 * recovery scam the stolen funds, their recovery and a fee. Each part is a concept, a set of words in
 * the languages the phrase rules read, and a scheme is its concepts found close together (the core,
 * within a few sentences) plus the payment anywhere in the message, in any order and inflection.
 *
 * Pure and bounded: one pass over the first MAX_SCHEME_TOKENS words of each segment, a map lookup per
 * word, at most MAX_POSITIONS positions kept per concept.
 */
import { createHash } from 'node:crypto';
import { hitAt, type PhraseHit, type TextSegment } from './phrases.js';
import type { Alignment } from './normalize.js';

/** Words of one segment a scheme reads (a long newsletter's tail is not where its scheme is). */
export const MAX_SCHEME_TOKENS = 4000;
/** Positions kept per concept and segment. */
const MAX_POSITIONS = 64;

type ConceptName =
  | 'crypto'
  | 'voucher'
  | 'remitter'
  | 'pay'
  | 'fee'
  | 'windfall'
  | 'recover'
  | 'stolen'
  | 'release'
  | 'rate'
  | 'profit'
  | 'invest'
  | 'stake'
  | 'media'
  | 'condition'
  | 'audience'
  | 'hacked'
  | 'deadline'
  | 'job'
  | 'receive'
  | 'funds'
  | 'onward'
  | 'cut'
  | 'parcels'
  | 'relabel'
  | 'distress'
  | 'records'
  | 'handOver'
  | 'harm'
  | 'avert'
  | 'newContact'
  | 'charity'
  | 'messenger'
  | 'cheque'
  | 'excess'
  | 'tasks'
  | 'amount'
  | 'novel'
  | 'bankAccount'
  | 'coordinates'
  | 'phoneDown'
  | 'writeOnly'
  | 'codes'
  | 'toMe'
  | 'denied'
  | 'authorise'
  | 'hushDeny'
  | 'railsDown'
  | 'disregard'
  | 'priorMoney'
  | 'hushVerb'
  | 'insiders'
  | 'hushWord'
  | 'affection';

/**
 * Words per concept, in the normalised text (lower case, accents removed). `word*` is a stem: any
 * word that starts with it (kept to stems of five letters or more, which name one thing). A phrase
 * of two or three words is read as such.
 */
const WORDS: Record<ConceptName, readonly string[]> = {
  // an irreversible way to pay a stranger: cryptocurrency …
  crypto: [
    'bitcoin*',
    'btc',
    'usdt',
    'usdc',
    'tether',
    'ethereum',
    'eth',
    'litecoin',
    'ltc',
    'monero',
    'xmr',
    'crypto*',
    'krypto*',
    'cripto*',
    'kryptowalut*',
    'trc20',
    'erc20',
    'cash app',
    'trc-20',
    'erc-20',
    'wallet address',
    'walletadres',
  ],
  // … prepaid vouchers and gift cards …
  voucher: [
    'transcash',
    'neosurf',
    'paysafecard',
    'paysafe',
    'pcs coupon*',
    'pcs mastercard',
    'gift card*',
    'giftcard*',
    'steam card*',
    'itunes card*',
    'apple card*',
    'google play',
    'carte cadeau',
    'cartes cadeaux',
    'tarjeta regalo',
    'tarjetas regalo',
    'cartao presente',
    'buono regalo',
    'buoni regalo',
    'gutschein*',
    'cadeaukaart*',
    'cadeaubon*',
    'karta podarunkowa',
    'karty podarunkowe',
    'presentkort*',
    'recharge coupon*',
    'coupons pcs',
    'coupon pcs',
  ],
  // … or cash by a money-transfer service or a crypto ATM
  remitter: ['western union', 'moneygram', 'ria money', 'worldremit', 'bitcoin atm', 'crypto atm'],
  pay: [
    'pay',
    'pays',
    'paying',
    'payable',
    'payment',
    'send',
    'sending',
    'transfer',
    'transferring',
    'deposit',
    'depositing',
    'fund',
    'funding',
    'top up',
    'topping up',
    'remit',
    'buy',
    'purchase',
    'settle',
    'donate',
    'donation*',
    'contribute',
    'contribution*',
    'zahlen',
    'bezahl*',
    'zahlung*',
    'uberweis*',
    'einzahl*',
    'kaufen',
    'spende*',
    'payer',
    'payez',
    'paiement*',
    'envoyer',
    'envoyez',
    'verser',
    'versez',
    'versement*',
    'acheter',
    'achetez',
    'regler',
    'reglez',
    'pagar',
    'pague',
    'pagamento',
    'pagare',
    'paghi',
    'pagate',
    'pago',
    'enviar',
    'envie',
    'transferir',
    'transfira',
    'transferencia',
    'depositar',
    'deposite',
    'comprar',
    'compre',
    'donar',
    'doar',
    'inviare',
    'invia',
    'versare',
    'versa',
    'bonifico',
    'acquistare',
    'donare',
    'betalen',
    'betaal',
    'betaling',
    'overmaken',
    'maak over',
    'storten',
    'stort',
    'kopen',
    'doneren',
    'zaplac',
    'zapłac',
    'zaplata',
    'wplac*',
    'wpłac*',
    'przelew*',
    'przelej',
    'kupic',
    'kup',
    'betala',
    'betalning*',
    'skicka',
    'overfor',
    'satt in',
    'kopa',
    'swisha',
  ],
  // the fee that stands between the reader and the money
  fee: [
    'fee',
    'fees',
    'bond',
    'charge',
    'charges',
    'cost',
    'costs',
    'tax',
    'taxes',
    'commission',
    'duty',
    'duties',
    'customs',
    'clearance',
    'levy',
    'frais',
    'douane',
    'douanes',
    'taxe',
    'taxes',
    'gebuhr*',
    'zoll',
    'zollgebuhr*',
    'kosten',
    'steuer',
    'tasa',
    'tasas',
    'aduana',
    'comision',
    'tassa',
    'tasse',
    'dogana',
    'commissione',
    'spese',
    'heffing',
    'taxa',
    'taxas',
    'alfandega',
    'oplata',
    'opłata',
    'oplaty',
    'opłaty',
    'clo',
    'cla',
    'prowizj*',
    'avgift*',
    'tull',
    'skatt',
  ],
  // money that is the reader's, if only they pay
  windfall: [
    'inheritance',
    'estate',
    'beneficiary',
    'compensation',
    'winnings',
    'jackpot',
    'lottery',
    'unclaimed',
    'dormant',
    'payout',
    'erbschaft',
    'nachlass',
    'entschadigung',
    'gewinnsumme',
    'heritage',
    'succession',
    'indemnisation',
    'herencia',
    'indemnizacion',
    'eredita',
    'risarcimento',
    'erfenis',
    'schadevergoeding',
    'heranca',
    'indenizacao',
    'spadek',
    'odszkodowani*',
    'wygrana',
    'arvet',
    'ersattning',
  ],
  recover: [
    'recover',
    'recovered',
    'recovering',
    'recovery',
    'traced',
    'tracing',
    'retrieve',
    'retrieved',
    'retrieval',
    'reclaim',
    'reclaimed',
    'restitution',
    'recuper*',
    'ruckgewinn*',
    'ruckfuhrung',
    'wiedererlang*',
    'recupero',
    'herstel',
    'terugvorder*',
    'terughal*',
    'odzysk*',
    'atervinn*',
    'aterfa',
  ],
  stolen: [
    'stolen',
    'scammed',
    'defrauded',
    'swindled',
    'lost',
    'loss',
    'losses',
    'loss report',
    'fraudulent platform',
    'fraudulent broker',
    'gestohlen*',
    'betrogen',
    'vole',
    'voles',
    'volés',
    'escroque*',
    'robado*',
    'estafado*',
    'rubati',
    'rubato',
    'truffat*',
    'gestolen',
    'opgelicht',
    'roubado*',
    'skradzion*',
    'oszukan*',
    'stulna',
    'lurad',
  ],
  release: [
    'release',
    'released',
    'releasing',
    'unlock',
    'unlocking',
    'unfreeze',
    'disburse*',
    'liberation',
    'liberer',
    'debloqu*',
    'freigabe',
    'freigeben',
    'liberacion',
    'liberar',
    'desbloque*',
    'sblocc*',
    'svincol*',
    'vrijgave',
    'vrijgeven',
    'liberacao',
    'odblok*',
    'uwolni*',
    'frigor*',
  ],
  // "3.4% per day", "2 % a week", "+664% in 72 hours": read by RATE below
  rate: [],
  profit: [
    'profit',
    'profits',
    'return',
    'returns',
    'yield',
    'yields',
    'gain',
    'gains',
    'earn',
    'earning',
    'earnings',
    'roi',
    'income',
    'averaged',
    'win rate',
    'rendite',
    'erwirtschaft*',
    'crescere',
    'gewinn',
    'gewinne',
    'ertrag',
    'rendement',
    'benefice*',
    'gains',
    'rentabilidad',
    'ganancia*',
    'rendimento',
    'rendimenti',
    'guadagn*',
    'profitto',
    'winst',
    'lucro',
    'lucros',
    'zysk*',
    'vinst',
    'avkastning',
  ],
  invest: [
    'invest*',
    'trading',
    'trader',
    'trades',
    'algorithm*',
    'algoritm*',
    'algorytm*',
    'handels*',
    'trading*',
    'bot',
    'portfolio',
    'mining',
    'staking',
    'arbitrage',
    'forex',
    'anlage*',
    'handel',
    'placement*',
    'inversion*',
    'invertir',
    'beleggen',
    'belegging*',
    'inwest*',
    'investering*',
  ],
  // money put in: a small start, a deposit, funding the account
  stake: [
    'as little as',
    'minimalny udzial',
    'minimalna wplata',
    'minimum deposit',
    'minimum investment',
    'initial deposit',
    'deposit',
    'deposits',
    'top up',
    'fund your',
    'funding',
    'einzahlung*',
    'einlage*',
    'aufladen',
    'aufladung',
    'ricarica',
    'ricaricare',
    'recarga',
    'recargar',
    'recharger',
    'rechargement',
    'opwaarderen',
    'doladowa*',
    'carregar',
    'mindest*',
    'depot',
    'minimo',
    'deposito',
    'storting',
    'wplata',
    'wpłata',
    'insattning',
    'mise de depart',
    'depot initial',
  ],
  media: [
    'video',
    'videos',
    'recording',
    'recordings',
    'recorded',
    'footage',
    'webcam',
    'camera',
    'clip',
    'screenshot*',
    'intimate',
    'explicit',
    'porn*',
    'masturbat*',
    'compromising',
    'aufnahme*',
    'kamera',
    'enregistrement*',
    'camara',
    'grabacion*',
    'grabado',
    'registrazion*',
    'filmato',
    'filmat*',
    'opname*',
    'beelden',
    'gravacao',
    'gravacoes',
    'nagrani*',
    'inspelning*',
    'filmen',
  ],
  // the threat's hinge: "if nothing arrives", "unless", "otherwise"
  condition: [
    'if',
    'unless',
    'otherwise',
    'wenn',
    'falls',
    'sonst',
    'andernfalls',
    'si',
    'sinon',
    'a menos',
    'de lo contrario',
    'se',
    'altrimenti',
    'als',
    'tenzij',
    'anders',
    'caso',
    'senao',
    'jesli',
    'jeśli',
    'jezeli',
    'jeżeli',
    'inaczej',
    'om',
    'annars',
  ],
  audience: [
    'contacts',
    'contact list',
    'family',
    'friends',
    'colleagues',
    'coworkers',
    'co-workers',
    'relatives',
    'followers',
    'social media',
    'employer',
    'kontakte*',
    'familie',
    'freunde*',
    'kollegen',
    'famille',
    'amis',
    'collegues',
    'contactos',
    'familia',
    'amigos',
    'colegas',
    'contatti',
    'famiglia',
    'amici',
    'colleghi',
    'contacten',
    'vrienden',
    "collega's",
    'collegas',
    'contatos',
    'kontakty',
    'kontaktow',
    'rodzin*',
    'znajom*',
    'kontakter',
    'familj*',
    'vanner',
    'kollegor',
  ],
  hacked: [
    'malware',
    'trojan',
    'spyware',
    'keylogger',
    'hacked',
    'remote access',
    'full access',
    'infected',
    'gehackt',
    'pirate',
    'hackeado',
    'hackerato',
    'gehackt',
    'zhakowa*',
    'hackad',
  ],
  // "48 hours", "within 2 days": read by DEADLINE below
  deadline: [],
  job: [
    'job',
    'role',
    'home-based',
    'per parcel',
    'per package',
    'position',
    'vacancy',
    'hiring',
    'recruit*',
    'salary',
    'part-time',
    'part time',
    'work from home',
    'remote role',
    'stelle',
    'nebenjob',
    'poste',
    'emploi',
    'empleo',
    'puesto',
    'trabalho',
    'travail',
    'arbeit',
    'werk',
    'trabajo',
    'lavoro',
    'posizione',
    'baan',
    'vacature',
    'vaga',
    'emprego',
    'praca',
    'stanowisk*',
    'tjanst',
    'jobb',
    'jobbet',
    'anstallning',
  ],
  receive: [
    'receiv*',
    'accept*',
    'process',
    'processes',
    'processing',
    'incoming',
    'collect',
    'collects',
    'collecting',
    'empfang*',
    'erhalten',
    'entgegennehm*',
    'recevoir',
    'recevrez',
    'recibir',
    'recibiras',
    'ricevere',
    'riceverai',
    'ontvang*',
    'receber',
    'recebera',
    'otrzym*',
    'przyjmow*',
    'ta emot',
    'tar emot',
    'motta',
  ],
  funds: [
    'payments',
    'funds',
    'transfers',
    'money',
    'settlements',
    'remittances',
    'gelder',
    'zahlungen',
    'uberweisungen',
    'fonds',
    'paiements',
    'virements',
    'fondos',
    'pagos',
    'transferencias',
    'fondi',
    'pagamenti',
    'bonifici',
    'geld',
    'betalingen',
    'fundos',
    'pagamentos',
    'srodki',
    'środki',
    'platnosci',
    'płatności',
    'przelewy',
    'pengar',
    'betalningar',
    'inbetalning*',
    'belopp*',
    'medel',
  ],
  onward: [
    'forward*',
    'send on',
    'sends on',
    'pass on',
    'passes on',
    'transfer',
    'transfers',
    'transferring',
    'remit',
    'remits',
    'weiterleit*',
    'weiterzuleiten',
    'uberweis*',
    'transferer',
    'reenviar',
    'transferir',
    'inoltra*',
    'trasferi*',
    'doorsturen',
    'doorstorten',
    'overmaken',
    'repassar',
    'przekaz*',
    'przeleje*',
    'vidarebefordr*',
    'overfor',
    'skicka vidare',
    'fora vidare',
    'for vidare',
  ],
  cut: [
    'keep',
    'keeps',
    'keeping',
    'commission',
    'retain',
    'retains',
    'behalten',
    'provision',
    'garder',
    'gardez',
    'conserver',
    'quedarte',
    'quedese',
    'trattenere',
    'trattieni',
    'houden',
    'houdt',
    'ficar com',
    'fica com',
    'zatrzym*',
    'prowizj*',
    'behalla',
    'behaller',
  ],
  parcels: [
    'packages',
    'parcels',
    'shipments',
    'pakete',
    'sendungen',
    'colis',
    'paquetes',
    'pacchi',
    'pakketten',
    'pacotes',
    'encomendas',
    'paczki',
    'paczek',
    'paket',
    'paketen',
  ],
  relabel: [
    'reship*',
    'relabel*',
    're-label*',
    'repackag*',
    're-ship*',
    're-pack*',
    'repack*',
    'new labels',
    'prepaid label*',
    'prepaid shipping',
    'shipping label*',
    'umetikett*',
    'reetiquet*',
    'reenvasar',
    'rietichett*',
    'ompak*',
    'herverpak*',
    'przepakow*',
    'omforpack*',
  ],
  // records a data-theft BEC asks for: the whole staff's payroll, personnel and tax data (not the
  // reader's own payslip or W-2, which a tax preparer or a bank rightly asks for)
  records: [
    'payroll register*',
    'payroll record*',
    'payroll data',
    'payroll file*',
    'payroll report*',
    'employee data',
    'employee record*',
    'employee list*',
    'employee detail*',
    'employee roster',
    "employees' w-2s",
    'employee w-2s',
    'all w-2s',
    'staff list*',
    'staff register*',
    'staff data',
    'personnel file*',
    'social security numbers',
    'ssns',
    'registre du personnel',
    'liste du personnel',
    'donnees du personnel',
    'donnees des salaries',
    'gehaltsliste*',
    'lohnliste*',
    'mitarbeiterliste*',
    'personalakte*',
    'personaldaten',
    'mitarbeiterdaten',
    'lista de empleados',
    'datos de los empleados',
    'nominas de todos',
    'elenco dei dipendenti',
    'dati dei dipendenti',
    'codici fiscali',
    'personeelsbestand',
    'personeelsgegevens',
    'bsn-nummers',
    'folha de pagamento',
    'lista de funcionarios',
    'dados dos funcionarios',
    'lista plac',
    'listy plac',
    'dane pracownikow',
    'lonelista*',
    'personalregister*',
    'personaluppgifter',
  ],
  // handing records over: by mail, a reply, an upload
  handOver: [
    'send',
    'resend',
    're-send',
    'email',
    'e-mail',
    'forward',
    'share',
    'provide',
    'export',
    'reply with',
    'transmettre',
    'transmettez',
    'envoyer',
    'envoyez',
    'renvoyer',
    'adresser',
    'faire parvenir',
    'schicken',
    'senden',
    'zusenden',
    'ubermitteln',
    'ubersenden',
    'enviar',
    'envie',
    'reenviar',
    'mandar',
    'remitir',
    'inviare',
    'inviarci',
    'trasmettere',
    'mandare',
    'sturen',
    'toesturen',
    'doorsturen',
    'mailen',
    'encaminhar',
    'przeslac',
    'przesłać',
    'wyslac',
    'wysłać',
    'przekazac',
    'skicka',
    'mejla',
    'maila',
  ],
  // what an extortionist will do to a business: bad reviews, an attack, a leak
  harm: [
    'one-star',
    '1-star',
    'negative reviews',
    'fake reviews',
    'bad reviews',
    'ddos',
    'leak',
    'publish',
    'expose',
    'destroy',
    'reputation',
    'bewertungen',
    'avis negatifs',
    'resenas negativas',
    'recensioni negative',
    'slechte reviews',
    'avaliacoes negativas',
  ],
  // the way out it offers: avoid it, stop it, be left off the list
  avert: [
    'avoid',
    'prevent',
    'stop this',
    'excluded',
    'removed from our list',
    'vermeiden',
    'eviter',
    'evitar',
    'evitare',
    'voorkomen',
    'uniknac',
    'undvika',
  ],
  // a relative writing from a new number or address because the phone is lost
  newContact: [
    'new number',
    'my new number',
    'lost my phone',
    'phone broke',
    'broke my phone',
    'dropped my phone',
    'phone is broken',
    'nuevo numero',
    'direccion nueva',
    'se me ha caido el movil',
    'movil nuevo',
    'neue nummer',
    'handy kaputt',
    'handy ist kaputt',
    'nouveau numero',
    'telephone casse',
    'nuovo numero',
    'telefono rotto',
    'nieuw nummer',
    'telefoon kapot',
    'novo numero',
    'telemovel avariado',
    'nowy numer',
    'nytt nummer',
  ],
  // a disaster or a cause to give to
  charity: [
    'donate',
    'donation*',
    'relief',
    'floods',
    'earthquake',
    'typhoon',
    'hurricane',
    'victims',
    'orphan*',
    'volunteer*',
    'spende*',
    'hochwasser',
    'erdbeben',
    'dons',
    'inondations',
    'seisme',
    'donacion*',
    'inundaciones',
    'terremoto',
    'donazion*',
    'alluvione',
    'donatie*',
    'overstroming*',
    'doacao',
    'doacoes',
    'enchentes',
    'darowizn*',
    'powodz*',
    'gava',
    'gavor',
  ],
  // a private chat instead of an organisation's channel
  messenger: ['whatsapp', 'telegram', 'wechat', 'viber', 'signal me', 'line app'],
  // a cheque that will bounce after the reader has sent money on
  cheque: [
    "cashier's check",
    'cashiers check',
    'certified check',
    'money order',
    'cheque',
    'cheques',
    'scheck',
    'cheque de banque',
    'assegno',
    'cheque visado',
  ],
  excess: [
    'extra',
    'excess',
    'difference',
    'remainder',
    'overpaid',
    'overpayment',
    'portion',
    'more than',
    'includes',
  ],
  // paid tasks: rating products, liking videos, "combined" task sets
  tasks: [
    'tasks',
    'task',
    'tarefas',
    'tareas',
    'aufgaben',
    'taches',
    'compiti',
    'taken',
    'zadania',
    'zadan',
    'uppgifter',
  ],
  // an account other than the one on file
  novel: [
    'new',
    'move',
    'moved',
    'moving',
    'switched',
    'migrated',
    'umgestellt',
    'gewechselt',
    'changement',
    'cambiado',
    'cambiato',
    'mudamos',
    'overgestapt',
    'secondary',
    'alternate',
    'alternative',
    'different',
    'updated',
    'changed',
    'another',
    'temporary',
    'replacement',
    'nuevo',
    'nueva',
    'nouveau',
    'nouvelle',
    'neue',
    'neues',
    'neuen',
    'neuer',
    'geanderte*',
    'nuovo',
    'nuova',
    'nieuwe',
    'gewijzigde',
    'novo',
    'nova',
    'nowe',
    'nowy',
    'nowym',
    'nytt',
    'ny',
    'nya',
  ],
  // where money is paid
  bankAccount: [
    'account',
    'accounts',
    'bank',
    'banking',
    'iban',
    'beneficiary',
    'routing',
    'remittance details',
    'payment details',
    'bank details',
    'wiring instructions',
    'wire instructions',
    'konto',
    'bankverbindung',
    'compte',
    'rib',
    'cuenta',
    'conto',
    'rekening',
    'conta',
    'rachunek',
    'rachunku',
    'bankkonto',
  ],
  // bank coordinates written out: read by COORDINATES below
  coordinates: [],
  // the phone the reader would verify by is out of reach
  phoneDown: [
    'phones are being',
    'phone lines are being',
    'phone system is being',
    'new phone system',
    'phones are out',
    'phone is out',
    'phones are being upgraded',
    'phones are down',
    'phone is down',
    'phone is out of action',
    'phone is broken',
    "can't take calls",
    'cannot take calls',
    'unable to take calls',
    'no phone',
    'no signal',
    'poor signal',
    'lost my phone',
    'in meetings all day',
    'back-to-back meetings',
    'telefonisch nicht erreichbar',
    'nicht erreichbar',
    'injoignable',
    'pas joignable',
    'no puedo atender',
    'non posso rispondere',
    'niet bereikbaar',
    'sem telefone',
    'nie moge odebrac',
    'on a flight',
    'boarding',
  ],
  // so the change is confirmed in writing, where the fraudster answers
  writeOnly: [
    'reply here',
    'reply to this email',
    'reply by email',
    'by email only',
    'email only',
    'via email',
    'per e-mail',
    'per mail',
    'par mail',
    'par e-mail',
    'por correo',
    'por email',
    'via e-mail',
    'schriftlich',
    'par ecrit',
    'por escrito',
    'per iscritto',
    'schriftelijk',
    'na piśmie',
    'skriftligt',
  ],
  // a card's codes, and scratching them free
  codes: [
    'code',
    'codes',
    'pin',
    'pins',
    'claim code*',
    'codigo*',
    'codici',
    'codice',
    'kod',
    'kody',
    'koder',
    'koden',
    'scratch*',
    'rasca*',
    'gratta*',
    'gratte*',
    'rubbel*',
    'freirubbel*',
    'kras*',
    'zdrap*',
    'raspa*',
    'skrap*',
  ],
  // …sent back to the one asking
  toMe: [
    'send me',
    'email me',
    'text me',
    'forward me',
    'share them with me',
    'send them to me',
    'send it to me',
    'to me',
    'back to me',
    'photo of',
    'photos of',
    'picture of',
    'pictures of',
    'snap of',
    'mandame',
    'mandeme',
    'enviame',
    'envieme',
    'inviami',
    'mandami',
    'manda-me',
    'envia-me',
    'envoie-moi',
    'envoyez-moi',
    'schick mir',
    'schicken sie mir',
    'senden sie mir',
    'stuur me',
    'stuur mij',
    'wyslij mi',
    'skicka mig',
    'foto de',
    'fotos de',
    'foto van',
    'foto der',
    'zdjecie',
  ],
  // the charge disowned: "if you did not request this"
  denied: [
    'not',
    'never',
    "didn't",
    'did not',
    "don't",
    "wasn't",
    'non',
    'nicht',
    'pas',
    'no',
    'nao',
    'niet',
    'nie',
    'inte',
    'ikke',
  ],
  // …the charge's making
  authorise: [
    'plan',
    'intend',
    'renew',
    'buy',
    'purchase',
    'authorise*',
    'authorize*',
    'authorisation',
    'authorization',
    'request',
    'requested',
    'make',
    'made',
    'place',
    'placed',
    'order',
    'ordered',
    'recognise',
    'recognize',
    'initiate*',
    'richiesto',
    'autorizzato',
    'effettuato',
    'riconosce',
    'riconosci',
    'angefordert',
    'beauftragt',
    'veranlasst',
    'autorisiert',
    'bestellt',
    'autorizado',
    'autorizo',
    'solicitado',
    'solicito',
    'realizado',
    'realizo',
    'reconoce',
    'autorise',
    'demande',
    'commande',
    'effectue',
    'reconnaissez',
    'aangevraagd',
    'besteld',
    'herkent',
    'gemachtigd',
    'zamawial*',
    'zlecal*',
    'autoryzowal*',
    'bestallt',
    'bestalt',
    'begart',
    'godkant',
    'solicitou',
    'autorizou',
    'reconhece',
  ],
  // an order not to (English imperatives only: "not to tell anyone" reports, it does not ask)
  hushDeny: [
    "don't",
    'do not',
    'dont',
    'no need to',
    'without',
    'non',
    'nicht',
    'keine',
    'ne',
    'no',
    'niet',
    'geen',
    'nao',
    'nie',
    'inte',
  ],
  // telling, copying or involving someone …
  hushVerb: [
    'tell',
    'mention',
    'discuss',
    'inform',
    'involve',
    'brief',
    'loop in',
    'copy',
    'cc',
    'share',
    'raise',
    'speak',
    'talk',
    'escalate',
    'alert',
    'sagen',
    'erwahnen',
    'informieren',
    'einbeziehen',
    'besprechen',
    'dire',
    'mentionner',
    'informer',
    'impliquer',
    'parler',
    'decir',
    'mencionar',
    'informar',
    'comentar',
    'hablar',
    'menzionare',
    'informare',
    'coinvolgere',
    'parlare',
    'vertellen',
    'noemen',
    'informeren',
    'betrekken',
    'bespreken',
    'contar',
    'falar',
    'mowic',
    'informowac',
    'wspominac',
    'beratta',
    'namna',
    'informera',
    'prata',
  ],
  // … among the people who would stop it
  insiders: [
    'anyone',
    'anybody',
    'others',
    'colleagues',
    'staff',
    'team',
    'treasury',
    'finance',
    'accounting',
    'accounts',
    'controller',
    'cfo',
    'management',
    'auditors',
    'bank',
    'compliance',
    'legal',
    'niemand',
    'niemandem',
    'kollegen',
    'buchhaltung',
    'personne',
    'collegues',
    'comptabilite',
    'nadie',
    'colegas',
    'contabilidad',
    'nessuno',
    'colleghi',
    'contabilita',
    "collega's",
    'boekhouding',
    'ninguem',
    'nikomu',
    'nikogo',
    'kolegom',
    'ingen',
    'kollegor',
  ],
  // secrecy in one phrase
  hushWord: [
    'need-to-know',
    'need to know basis',
    'between the two of us',
    'between you and me',
    'keep this between us',
    'keep it between us',
    'under wraps',
  ],
  // the usual ways to pay said to be down, so the money goes to a wallet
  railsDown: [
    'card payments are temporarily unavailable',
    'card payments are unavailable',
    'card payments unavailable',
    'cannot accept cards',
    "can't accept cards",
    'cannot accept card payments',
    'no card payments',
    'bank transfers are taking',
    'bank transfers take',
  ],
  // the old details to be set aside …
  disregard: [
    'disregard',
    'ignore',
    'do not use',
    "don't use",
    'no longer use',
    'stop using',
    'discard',
    'replace',
    'supersedes',
    'ignorieren',
    'nicht mehr verwenden',
    'ignorer',
    'ne plus utiliser',
    'ignorar',
    'no utilice',
    'ignorare',
    'non utilizzare',
    'negeer',
    'niet meer gebruiken',
    'nao utilize',
    'zignoruj',
    'ignorera',
  ],
  // … where money used to be sent
  priorMoney: [
    'wiring instructions',
    'wire instructions',
    'funding sheet',
    'funding instructions',
    'receiving bank',
    'bank details',
    'banking details',
    'bank account',
    'remittance details',
    'payment instructions',
    'account details',
    'remit-to',
    'rib',
    'iban',
    'bankverbindung',
    'kontodaten',
    'coordonnees bancaires',
    'datos bancarios',
    'coordinate bancarie',
    'bankgegevens',
    'dados bancarios',
    'dane do przelewu',
    'bankuppgifter',
  ],
  // a sum of money: read by AMOUNT below
  amount: [],
  // a stranger's reason to need money now
  distress: [
    'stranded',
    'stuck',
    'hospital',
    'surgery',
    'accident',
    'detained',
    'arrested',
    'school fees',
    'tuition',
    'medical bills',
    'flight ticket',
    'visa fee',
    'customs',
    'offshore',
    'oil rig',
    'deployed',
    'bloque',
    'bloquee',
    'hopital',
    'douane',
    'hospital',
    'krankenhaus',
    'festgehalten',
    'ospedale',
    'bloccato',
    'ziekenhuis',
    'szpital*',
    'sjukhus',
  ],
  affection: [
    'my love',
    'my darling',
    'sweetheart',
    'my dear',
    'honey',
    'my heart',
    'miss you',
    'love you',
    'mon amour',
    'ma cherie',
    'mon coeur',
    'mi amor',
    'carino',
    'amore mio',
    'tesoro',
    'mein schatz',
    'liebling',
    'schatz',
    'lieverd',
    'schat',
    'meu amor',
    'kochanie',
    'alskling',
  ],
};

/** A return quoted per day or week, or within hours: no market pays that, every scam quotes it. */
const RATE =
  /\+?(?<n>\d{1,3})(?:[.,]\d{1,2})?(?: ?[-–] ?(?<top>\d{1,3})(?:[.,]\d{1,2})?)? ?%(?: [a-z]+){0,3}(?: ?\/ ?| (?:per|a|an|each|every|by|in|within|pro|par|por|al|na|om|i|w|pa|on) (?:the |un |una |ogni |ein )?)(?:\d{1,3} ?)?(?:trading ?|handels|borsen|beurs)?(?<period>day|days|daily|week|weekly|hours?|h|tag|tage|taglich|woche|wochentlich|stunden|jour|jours|semaine|heures|dia|dias|semana|horas|giorno|giorni|settimana|ore|dag|dagen|uur|dzien|dziennie|tydzien|tygodniowo|godzin|vecka|veckan|timmar|(?<month>month|months|monat|mois|mes|mese|maand|miesiac|manad|manaden))(?![a-z])|\+?(?<n2>\d{1,3})(?:[.,]\d{1,2})?(?: ?[-–] ?(?<top2>\d{1,3})(?:[.,]\d{1,2})?)? ?% ?(?:daily|weekly|taglich|wochentlich|quotidien|hebdomadaire|diario|semanal|giornaliero|settimanale|dagelijks|wekelijks|dziennie|tygodniowo|dagligen|(?<monthAdv>monthly|monatlich|mensuel|mensuellement|mensual|mensualmente|mensile|mensilmente|maandelijks|mensal|mensalmente|miesiecznie|manadsvis|manatligen))(?![a-z])|(?:daily|weekly|taglich|quotidien|diario|giornalier[oa]|dagelijks|dziennie|daglig)(?: [a-z]+){0,2} (?:returns?|profits?|yields?|gains?|rendite|rendement|rendimento|winst|zysk|avkastning)/g;

/** A return quoted per month counts from this many percent (a card's 1.5 % a month is interest). */
const MONTHLY_RATE_MIN = 10;

/** A sum of money: "780 €", "$2,400", "eur 1.250,00", "1450 usd". */
const AMOUNT =
  /(?:[$€£¥]|\b(?:usd|eur|gbp|chf|pln|sek|dkk|nok|czk|brl|r\$|zl|kr))\s?\d[\d.,' ]{0,12}\d|\b\d[\d.,' ]{0,12}\s?(?:[$€£¥]|(?:usd|eur|euro|euros|gbp|chf|pln|zl|zloty|sek|dkk|nok|czk|kc|brl|reais|dollars?)\b)/g;

/**
 * Bank coordinates written out: an IBAN, or an account, routing, sort or SWIFT label followed by
 * its number (the lure's payload; a newsletter's "update your bank details" has none).
 */
const COORDINATES =
  /\b[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){3,7}(?: ?[a-z0-9]{1,4})?\b|\b(?:routing|aba|sort code|account(?: number| no\.?| #)?|acct|kontonummer|numero de compte|numero de cuenta|numero di conto|rekeningnummer|numer rachunku|kontonummer)\s?[:#.]?\s?\d[\d -]{5,40}\d/g;

/** A deadline in hours or days: "48 hours", "within 2 days". */
const DEADLINE =
  /\b\d{1,3} ?(?:hours?|hrs|h|stunden|heures|horas|ore|uur|godzin|timmar|days|tage|jours|dias|giorni|dagen|dni|dagar)(?![a-z])/g;

/**
 * A cryptocurrency address in the text: bech32 (bc1…), Ethereum (0x + 40 hex), Tron (T + 33), or a
 * legacy Bitcoin address. What a scam must give and a scheme's crypto concept: "send it to this
 * address" names no coin, the address does.
 */
const CRYPTO_ADDRESS = /\b(?:bc1[02-9ac-hj-np-z]{25,60}|0x[0-9a-f]{40})\b/g;

/**
 * A legacy Bitcoin (1…, 3…) or Tron (T…) address in the message's own words: base58 is case
 * sensitive, so these are read from the source text and kept only when their checksum holds (a
 * hash or a tracking number of the same length does not).
 */
const BASE58_ADDRESS = /(?<![A-Za-z0-9])[13T][1-9A-HJ-NP-Za-km-z]{25,34}(?![A-Za-z0-9])/g;
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Whether a base58check string decodes and its 4-byte checksum (double SHA-256) holds. */
export function isBase58CheckAddress(text: string): boolean {
  let n = 0n;
  for (const ch of text) {
    const d = BASE58.indexOf(ch);
    if (d < 0) return false;
    n = n * 58n + BigInt(d);
  }
  const bytes: number[] = [];
  while (n > 0n) {
    bytes.unshift(Number(n & 255n));
    n >>= 8n;
  }
  for (let i = 0; i < text.length && text[i] === '1'; i++) bytes.unshift(0);
  if (bytes.length !== 25) return false;
  const body = Uint8Array.from(bytes.slice(0, 21));
  const sum = createHash('sha256').update(createHash('sha256').update(body).digest()).digest();
  return bytes.slice(21).every((b, i) => b === sum[i]);
}

interface Lexicon {
  /** Per word, the concepts it names. */
  words: Map<string, ConceptName[]>;
  /** Per stem, the concepts of the words it starts. */
  stems: Map<string, ConceptName[]>;
  /** First words of multi-word phrases, and their phrases. */
  phrases: Map<string, { rest: string[]; concept: ConceptName }[]>;
}

const NAMES = Object.keys(WORDS) as ConceptName[];

const LEXICON: Lexicon = buildLexicon();

function buildLexicon(): Lexicon {
  const lex: Lexicon = { words: new Map(), stems: new Map(), phrases: new Map() };
  const put = (map: Map<string, ConceptName[]>, key: string, name: ConceptName) => {
    const list = map.get(key) ?? [];
    if (!list.includes(name)) list.push(name);
    map.set(key, list);
  };
  for (const name of NAMES) {
    for (const entry of WORDS[name]) {
      const words = entry.split(' ');
      if (words.length > 1) {
        const list = lex.phrases.get(words[0]!) ?? [];
        list.push({ rest: words.slice(1), concept: name });
        lex.phrases.set(words[0]!, list);
      } else if (entry.endsWith('*')) put(lex.stems, entry.slice(0, -1), name);
      else put(lex.words, entry, name);
    }
  }
  return lex;
}

/** The lengths stems come in, longest first: a word is looked up by its prefixes of these lengths only. */
const STEM_LENGTHS = [...new Set([...LEXICON.stems.keys()].map((s) => s.length))].sort((a, b) => b - a);

/** A word of a phrase's tail: `coupon*` matches any word starting "coupon". */
function wordMatches(pattern: string, word: string): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
}

/** Where each concept occurs in one segment: token index, and the span in the text. */
interface Occurrence {
  token: number;
  start: number;
  end: number;
}

interface SegmentConcepts {
  seg: TextSegment;
  at: Map<ConceptName, Occurrence[]>;
}

const TOKEN = /[a-z0-9'\u00c0-\u1fff\u2c00-\u2fff\u3040-\uffff]+(?:-[a-z0-9]+)*/g;

/** The concepts of one segment, with positions (bounded: MAX_SCHEME_TOKENS, MAX_POSITIONS). */
function conceptsOf(seg: TextSegment): SegmentConcepts {
  const at = new Map<ConceptName, Occurrence[]>();
  const starts: number[] = [];
  const ends: number[] = [];
  const words: string[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (words.length < MAX_SCHEME_TOKENS && (m = TOKEN.exec(seg.text)) !== null) {
    words.push(m[0]);
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const add = (name: ConceptName, token: number, last: number) => {
    const list = at.get(name) ?? [];
    if (list.length >= MAX_POSITIONS || list.at(-1)?.token === token) return;
    list.push({ token, start: starts[token]!, end: ends[last]! });
    at.set(name, list);
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    for (const name of LEXICON.words.get(w) ?? []) add(name, i, i);
    for (const n of STEM_LENGTHS) {
      if (n > w.length) continue;
      for (const name of LEXICON.stems.get(w.slice(0, n)) ?? []) add(name, i, i);
    }
    for (const p of LEXICON.phrases.get(w) ?? []) {
      if (p.rest.every((r, k) => words[i + 1 + k] !== undefined && wordMatches(r, words[i + 1 + k]!)))
        add(p.concept, i, i + p.rest.length);
    }
  }
  // concepts read by pattern, placed at the word they start in
  const tokenAt = (index: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const limit = words.length ? ends[words.length - 1]! : 0;
  const byPattern = (re: RegExp, name: ConceptName, keep?: (r: RegExpExecArray) => boolean) => {
    re.lastIndex = 0;
    let r: RegExpExecArray | null;
    const list = at.get(name) ?? [];
    while (list.length < MAX_POSITIONS && (r = re.exec(seg.text)) !== null && r.index < limit) {
      if (keep && !keep(r)) continue;
      list.push({ token: tokenAt(r.index), start: r.index, end: r.index + r[0].length });
    }
    if (list.length) at.set(name, list);
  };
  byPattern(RATE, 'rate', (r) => {
    const g = r.groups ?? {};
    if (g.month === undefined && g.monthAdv === undefined) return true;
    // "9-14 % a month": the range's top is the promise
    const pct = Math.max(Number(g.n ?? g.n2 ?? 0), Number(g.top ?? g.top2 ?? 0));
    return pct >= MONTHLY_RATE_MIN;
  });
  byPattern(DEADLINE, 'deadline');
  byPattern(AMOUNT, 'amount');
  byPattern(COORDINATES, 'coordinates');
  byPattern(CRYPTO_ADDRESS, 'crypto');
  if (seg.source !== undefined) {
    BASE58_ADDRESS.lastIndex = 0;
    let r: RegExpExecArray | null;
    const list = at.get('crypto') ?? [];
    while (list.length < MAX_POSITIONS && (r = BASE58_ADDRESS.exec(seg.source)) !== null) {
      if (!isBase58CheckAddress(r[0])) continue;
      // the normalised text has it in lower case (ASCII: normalising changes nothing else)
      const index = seg.text.indexOf(r[0].toLowerCase());
      if (index >= 0 && index < limit)
        list.push({ token: tokenAt(index), start: index, end: index + r[0].length });
    }
    if (list.length) at.set('crypto', list);
  }
  for (const list of at.values()) list.sort((a, b) => a.token - b.token);
  return { seg, at };
}

/**
 * A scheme: `near`, concept groups that must all occur within `within` words of each other in one
 * segment (a group is satisfied by any of its concepts); `also`, groups each of which must occur
 * somewhere in the message.
 */
interface Scheme {
  near: readonly (readonly ConceptName[])[];
  within: number;
  also: readonly (readonly ConceptName[])[];
  /** The core must lie in one sentence (a phrase-sized scheme: "our new bank account"). */
  oneSentence?: true;
  /** The core's groups must come in the order given ("if … not … requested"). */
  ordered?: true;
}

export type SchemeName =
  | 'extortion'
  | 'investment'
  | 'recovery'
  | 'advance_fee'
  | 'mule'
  | 'reshipping'
  | 'stranger_payment'
  | 'records'
  | 'business_extortion'
  | 'new_number'
  | 'charity_wallet'
  | 'fake_check'
  | 'task_scam'
  | 'gift_codes'
  | 'dispute'
  | 'secrecy'
  | 'secrecy_word'
  | 'bank_change'
  | 'disregard_old'
  | 'no_callback';

const SCHEMES: Record<SchemeName, Scheme> = {
  // a compromising recording and the people it will go to; the condition that stops it, crypto, and
  // a deadline or a sum
  extortion: {
    near: [['media', 'hacked'], ['audience']],
    within: 30,
    also: [['condition'], ['crypto'], ['deadline', 'pay', 'fee']],
  },
  // a return per day or week, what it is made by, and money to put in (crypto, a deposit, a start)
  investment: { near: [['rate'], ['profit', 'invest']], within: 25, also: [['crypto', 'stake']] },
  // stolen funds traced and recovered, and a fee to pay for their release
  recovery: {
    near: [['recover'], ['stolen']],
    within: 30,
    also: [['fee'], ['crypto', 'voucher', 'remitter']],
  },
  // money owed to the reader behind a fee, paid in crypto, vouchers or by a transfer service
  advance_fee: {
    near: [['fee'], ['windfall', 'release']],
    within: 25,
    also: [['crypto', 'voucher', 'remitter']],
  },
  // a job: other people's money into the reader's account, sent on, a cut kept
  mule: { near: [['receive'], ['funds']], within: 12, also: [['job'], ['onward'], ['cut']] },
  // a job: other people's parcels to the reader's home, relabelled and sent on
  reshipping: { near: [['parcels'], ['relabel']], within: 30, also: [['job']] },
  // money asked for by crypto, vouchers or a transfer service, for a stranger's emergency or a
  // love affair: the romance scam's and the "friend in trouble" scam's ask
  stranger_payment: {
    near: [['pay'], ['crypto', 'voucher', 'remitter']],
    within: 8,
    also: [['distress', 'affection']],
  },
  // harm to a business (reviews, an attack) the reader can avoid by paying crypto
  business_extortion: {
    near: [['harm'], ['avert', 'condition'], ['crypto']],
    within: 60,
    also: [['deadline', 'pay', 'fee']],
  },
  // "Mum, I dropped my phone, this is my new number … can you pay this for me today"
  new_number: { near: [['newContact'], ['pay']], within: 60, also: [['amount']] },
  // a disaster appeal collecting into a crypto wallet and a private chat
  charity_wallet: { near: [['charity'], ['crypto']], within: 60, also: [['messenger', 'railsDown']] },
  // a cheque for more than the price, the difference sent on
  fake_check: { near: [['cheque'], ['excess']], within: 40, also: [['pay', 'onward']] },
  // paid tasks that must first be unlocked by topping up an account in crypto
  task_scam: { near: [['tasks'], ['crypto']], within: 60, also: [['job'], ['stake', 'pay']] },
  // the charge disowned, in that order: "if this renewal was not requested", "se non ha richiesto";
  // the callback scam's hook (src/email/content.ts joins it to the phrase rules' DISPUTE)
  dispute: {
    near: [['condition'], ['denied'], ['authorise']],
    within: 6,
    also: [],
    oneSentence: true,
    ordered: true,
  },
  // secrecy that shuts out the people who would check: "please don't loop in the deal team or
  // treasury", "no se lo comentes a nadie"; or in one phrase ("strictly need-to-know")
  secrecy: {
    near: [['hushDeny'], ['hushVerb'], ['insiders']],
    within: 8,
    also: [],
    oneSentence: true,
    ordered: true,
  },
  secrecy_word: { near: [['hushWord']], within: 0, also: [] },
  // gift or prepaid cards whose codes go back to the one asking ("scratch the back, send me a photo of
  // the codes"): gift-card BEC in any words
  gift_codes: { near: [['voucher'], ['codes'], ['toMe']], within: 60, also: [] },
  // money to be paid to an account other than the usual, its coordinates written out: a bank change
  // in any words ("funds must be sent to our secondary trust account: routing …"); the phrase rules'
  // strength checks then apply (src/email/content.ts)
  bank_change: {
    near: [['novel'], ['bankAccount']],
    within: 4,
    oneSentence: true,
    also: [['coordinates'], ['pay', 'funds', 'amount']],
  },
  // the old payment details set aside: "disregard the funding sheet in your original packet", "our
  // former receiving bank"; a bank change told without new coordinates (they are in an attachment)
  disregard_old: {
    near: [['disregard'], ['priorMoney']],
    within: 12,
    also: [['pay', 'funds', 'amount']],
    oneSentence: true,
  },
  // the phone the reader would check by is out of reach, so reply in writing: what a bank change's
  // fraudster says to keep the call from happening
  no_callback: { near: [['phoneDown'], ['writeOnly']], within: 25, also: [] },
  // staff, payroll or tax records asked to be sent: the data-theft BEC's ask (an ask, not evidence)
  records: { near: [['handOver'], ['records']], within: 25, also: [] },
};

/** The first place where every group of `near` occurs within `within` words, or undefined. */
function nearest(
  sc: SegmentConcepts,
  groups: Scheme['near'],
  within: number,
  ordered = false,
): Occurrence[] | undefined {
  const lists = groups.map((g) =>
    g.flatMap((name) => sc.at.get(name) ?? []).sort((a, b) => a.token - b.token),
  );
  if (lists.some((l) => !l.length)) return undefined;
  // for each occurrence of the first group, the closest occurrence of every other group
  for (const anchor of lists[0]!) {
    const picked = [anchor];
    let ok = true;
    for (const list of lists.slice(1)) {
      let best: Occurrence | undefined;
      const after = picked[picked.length - 1]!.token;
      for (const o of list) {
        if (Math.abs(o.token - anchor.token) > within) continue;
        // in order: the first occurrence after the group before it
        if (ordered) {
          if (o.token > after && (!best || o.token < best.token)) best = o;
        } else if (!best || Math.abs(o.token - anchor.token) < Math.abs(best.token - anchor.token)) best = o;
      }
      if (!best) {
        ok = false;
        break;
      }
      picked.push(best);
    }
    if (ok) {
      const tokens = picked.map((o) => o.token);
      if (Math.max(...tokens) - Math.min(...tokens) <= within) return picked;
    }
  }
  return undefined;
}

export interface SchemeHit {
  scheme: SchemeName;
  /**
   * The words that make the scheme: its core (one span when its words are close, as "our secondary
   * trust account"), then one occurrence of each other part.
   */
  hits: PhraseHit[];
}

/** A core whose words lie within this many characters is quoted as one span. */
const SPAN_CHARS = 120;

/** Every scheme the segments tell, with the words that tell it. */
export function findSchemes(segs: readonly TextSegment[]): SchemeHit[] {
  const concepts = segs.map(conceptsOf);
  const aligned = new Map<TextSegment, Alignment | null>();
  const hit = (sc: SegmentConcepts, o: Occurrence) => hitAt(sc.seg, o.start, o.end, aligned);
  const out: SchemeHit[] = [];
  for (const name of Object.keys(SCHEMES) as SchemeName[]) {
    const scheme = SCHEMES[name];
    let core: PhraseHit[] | undefined;
    for (const sc of concepts) {
      const found = nearest(sc, scheme.near, scheme.within, scheme.ordered);
      if (found) {
        const from = Math.min(...found.map((o) => o.start));
        const to = Math.max(...found.map((o) => o.end));
        if (scheme.oneSentence && /[.!?;:](?:\s|$)|\n/.test(sc.seg.text.slice(from, to))) continue;
        core =
          to - from <= SPAN_CHARS
            ? [hitAt(sc.seg, from, to, aligned)]
            : found.sort((a, b) => a.start - b.start).map((o) => hit(sc, o));
        break;
      }
    }
    if (!core) continue;
    const rest: PhraseHit[] = [];
    for (const group of scheme.also) {
      let found: PhraseHit | undefined;
      for (const sc of concepts) {
        const o = group.flatMap((g) => sc.at.get(g) ?? [])[0];
        if (o) {
          found = hit(sc, o);
          break;
        }
      }
      if (!found) break;
      rest.push(found);
    }
    if (rest.length === scheme.also.length) out.push({ scheme: name, hits: [...core, ...rest] });
  }
  return out;
}
