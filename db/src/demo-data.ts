/**
 * The demo centre that seeds a fresh database: a typical city ЦНАП with about forty of the
 * services people come for most often according to the annual reports of city centres
 * (Kropyvnytskyi, Kryvyi Rih, Bakhmut): passports, residence registration, business and real
 * estate, social support, Pension Fund. Words and their names in code: docs/domain.md.
 *
 * Ticket prefixes: one letter per top-level category, only from the readable set
 * А Б В Г Д Е Ж К Л М Н П Р С Т Ф Х Ц Ш.
 *   Р residence · П passports · Б business · Н real estate · Д land cadastre (Держгеокадастр)
 *   С social support · Ф Pension Fund · Т transport · М єМалятко · К consultations · В results
 *
 * Ukrainian apostrophe is written as ʼ (U+02BC).
 */
import type { LocalizedName } from '@cherha/contracts';

export interface DemoService {
  key: string;
  name: LocalizedName;
  prefix: string;
  expectedMinutes: number;
  dailyCap: number | null;
  stopIssuingMinutesBeforeClose: number;
}
export interface DemoCategory {
  key: string;
  name: LocalizedName;
  children?: DemoCategory[];
  services?: DemoService[];
}
export interface DemoWindow {
  label: string;
  name: string;
  /** service keys with level: 1 primary, 2 backup */
  services: { key: string; level: number }[];
}
export interface DemoUser {
  login: string;
  name: string;
  role: 'operator' | 'supervisor' | 'admin';
  password: string;
}
export interface DemoCentre {
  name: LocalizedName;
  address: string;
  ticketHeader: string;
  ticketFooter: string;
  categories: DemoCategory[]; // tree up to 3 levels: sphere → purpose → service
  windows: DemoWindow[];
  priorityCategories: LocalizedName[];
  users: DemoUser[];
}

/** A service with no daily cap; `stop` = minutes before closing when the kiosk stops issuing tickets. */
function svc(
  key: string,
  prefix: string,
  uk: string,
  en: string,
  expectedMinutes: number,
  stop: number,
  dailyCap: number | null = null,
): DemoService {
  return { key, name: { uk, en }, prefix, expectedMinutes, dailyCap, stopIssuingMinutesBeforeClose: stop };
}

const categories: DemoCategory[] = [
  {
    key: 'residence',
    name: { uk: 'Реєстрація місця проживання', en: 'Residence registration' },
    children: [
      {
        key: 'residence-submit',
        name: { uk: 'Подання документів', en: 'Submitting documents' },
        services: [
          svc('res-register', 'Р',
            'Реєстрація місця проживання (перебування)',
            'Registration of place of residence (stay)', 15, 15),
          svc('res-deregister', 'Р',
            'Зняття з реєстрації місця проживання',
            'Deregistration of place of residence', 10, 15),
          svc('res-child', 'Р',
            'Реєстрація місця проживання дитини віком до 14 років',
            'Registration of residence of a child under 14', 15, 15),
        ],
      },
      {
        key: 'residence-certs',
        name: { uk: 'Видача довідок', en: 'Certificates and extracts' },
        services: [
          svc('res-extract', 'Р',
            'Витяг з реєстру територіальної громади',
            'Extract from the territorial community register', 5, 10),
          svc('res-occupants', 'Р',
            'Довідка про осіб, зареєстрованих у житловому приміщенні',
            'Certificate of persons registered at a dwelling', 7, 10),
        ],
      },
    ],
  },
  {
    key: 'passport',
    name: { uk: 'Паспортні послуги', en: 'Passports and ID cards' },
    children: [
      {
        key: 'passport-id',
        name: { uk: 'Паспорт громадянина України', en: 'Passport of a citizen of Ukraine (ID card)' },
        services: [
          svc('id-first', 'П',
            'Оформлення паспорта у формі ID-картки вперше (з 14 років, «ID-14»)',
            'First ID card at age 14 (with tax number, “ID-14”)', 20, 15),
          svc('id-exchange', 'П',
            'Обмін паспорта-книжечки на паспорт у формі ID-картки',
            'Exchanging a booklet passport for an ID card', 20, 15, 60),
          svc('id-lost', 'П',
            'Оформлення ID-картки замість втраченого або викраденого паспорта',
            'ID card to replace a lost or stolen passport', 25, 15),
          svc('id-photo', 'П',
            'Вклеювання фотокартки до паспорта при досягненні 25 і 45 років',
            'Adding a photo to a booklet passport at age 25 or 45', 10, 15),
        ],
      },
      {
        key: 'passport-abroad',
        name: { uk: 'Паспорт для виїзду за кордон', en: 'Passport for travel abroad' },
        services: [
          svc('intl-adult', 'П',
            'Оформлення паспорта громадянина України для виїзду за кордон',
            'Passport for travel abroad', 20, 15, 80),
          svc('intl-child', 'П',
            'Оформлення паспорта для виїзду за кордон дитині',
            'Passport for travel abroad for a child', 20, 15),
        ],
      },
    ],
  },
  {
    key: 'business',
    name: { uk: 'Реєстрація бізнесу', en: 'Business registration' },
    children: [
      {
        key: 'business-fop',
        name: { uk: 'Фізичні особи — підприємці (ФОП)', en: 'Sole proprietors (FOP)' },
        services: [
          svc('fop-register', 'Б',
            'Державна реєстрація фізичної особи — підприємця',
            'Registering as a sole proprietor', 15, 15),
          svc('fop-change', 'Б',
            'Внесення змін до відомостей про фізичну особу — підприємця',
            'Changing sole proprietor details', 15, 15),
          svc('fop-close', 'Б',
            'Державна реєстрація припинення підприємницької діяльності ФОП',
            'Closing a sole proprietorship', 10, 15),
        ],
      },
      {
        key: 'business-legal',
        name: { uk: 'Юридичні особи', en: 'Legal entities' },
        services: [
          svc('le-register', 'Б',
            'Державна реєстрація створення юридичної особи',
            'Registering a new legal entity', 25, 20),
          svc('le-change', 'Б',
            'Державна реєстрація змін до відомостей про юридичну особу',
            'Registering changes to a legal entity', 20, 20),
          svc('le-close', 'Б',
            'Державна реєстрація припинення юридичної особи',
            'Registering the termination of a legal entity', 20, 20),
        ],
      },
    ],
  },
  {
    key: 'realty',
    name: { uk: 'Нерухоме майно', en: 'Real estate' },
    services: [
      svc('realty-ownership', 'Н',
        'Державна реєстрація права власності на нерухоме майно',
        'Registering ownership of real estate', 20, 15),
      svc('realty-other-right', 'Н',
        'Державна реєстрація іншого речового права (оренда, сервітут)',
        'Registering another property right (lease, easement)', 20, 15),
      svc('realty-info', 'Н',
        'Інформація з Державного реєстру речових прав на нерухоме майно',
        'Information from the State Register of Property Rights', 5, 10),
    ],
  },
  {
    key: 'land',
    name: { uk: 'Земельні питання (Держгеокадастр)', en: 'Land (State Land Cadastre)' },
    services: [
      svc('land-extract', 'Д',
        'Витяг з Державного земельного кадастру про земельну ділянку',
        'Extract from the State Land Cadastre on a land plot', 10, 10),
      svc('land-valuation', 'Д',
        'Витяг з технічної документації про нормативну грошову оцінку земельної ділянки',
        'Extract on the standard monetary valuation of a land plot', 10, 10),
      svc('land-register', 'Д',
        'Державна реєстрація земельної ділянки з видачею витягу з Державного земельного кадастру',
        'Registering a land plot in the State Land Cadastre', 20, 15),
    ],
  },
  {
    key: 'social',
    name: { uk: 'Соціальний захист', en: 'Social support' },
    children: [
      {
        key: 'social-subsidy',
        name: { uk: 'Субсидії та пільги', en: 'Subsidies and benefits' },
        services: [
          svc('soc-subsidy', 'С',
            'Призначення житлової субсидії',
            'Housing and utility subsidy', 20, 15),
          svc('soc-benefits', 'С',
            'Надання пільг на оплату житлово-комунальних послуг',
            'Discounts on housing and utility bills', 15, 15),
        ],
      },
      {
        key: 'social-aid',
        name: { uk: 'Державні допомоги', en: 'State assistance' },
        services: [
          svc('soc-low-income', 'С',
            'Державна соціальна допомога малозабезпеченим сімʼям',
            'Social assistance for low-income families', 20, 15),
          svc('soc-idp-cert', 'С',
            'Довідка про взяття на облік внутрішньо переміщеної особи',
            'Registration as an internally displaced person (IDP certificate)', 15, 15),
          svc('soc-idp-aid', 'С',
            'Допомога на проживання внутрішньо переміщеним особам',
            'Living allowance for internally displaced persons', 15, 15),
        ],
      },
    ],
  },
  {
    key: 'pension',
    name: { uk: 'Пенсійний фонд', en: 'Pension Fund' },
    services: [
      svc('pension-grant', 'Ф',
        'Призначення пенсії (за віком, по інвалідності, у звʼязку з втратою годувальника)',
        'Applying for a pension (old age, disability, survivorʼs)', 25, 20),
      svc('pension-recalc', 'Ф',
        'Перерахунок пенсії',
        'Pension recalculation', 15, 15),
      svc('pension-certs', 'Ф',
        'Довідка про розмір пенсії, індивідуальні відомості про застраховану особу (ОК-5, ОК-7)',
        'Pension certificate, insurance record statement (OK-5, OK-7)', 10, 10),
    ],
  },
  {
    key: 'transport',
    name: { uk: 'Транспорт і посвідчення водія', en: 'Vehicles and driving licences' },
    services: [
      svc('drv-exchange', 'Т',
        'Обмін посвідчення водія',
        'Exchanging a driving licence', 15, 15),
      svc('drv-lost', 'Т',
        'Видача посвідчення водія замість втраченого',
        'Replacing a lost driving licence', 15, 15),
      svc('vehicle-register', 'Т',
        'Державна реєстрація (перереєстрація) транспортного засобу',
        'Registering (re-registering) a vehicle', 25, 20),
    ],
  },
  {
    key: 'emalyatko',
    name: { uk: 'Народження дитини (єМалятко)', en: 'Birth of a child (eMalyatko)' },
    services: [
      svc('emalyatko-complex', 'М',
        'Комплексна послуга «єМалятко»',
        'eMalyatko: all birth services in one application', 30, 30),
      svc('birth-register', 'М',
        'Державна реєстрація народження дитини',
        'Registering the birth of a child', 20, 20),
    ],
  },
  {
    key: 'consult',
    name: { uk: 'Консультації', en: 'Consultations' },
    services: [
      svc('consult-general', 'К',
        'Консультація щодо отримання адміністративних послуг',
        'Advice on administrative services and documents', 5, 5),
      svc('consult-diia', 'К',
        'Допомога з електронними послугами на порталі «Дія»',
        'Help with online services on the Diia portal', 10, 10),
      svc('consult-legal', 'К',
        'Безоплатна правнича допомога',
        'Free legal aid', 15, 15),
    ],
  },
  {
    key: 'results',
    name: { uk: 'Видача результатів', en: 'Collecting results' },
    services: [
      svc('result-general', 'В',
        'Видача результату адміністративної послуги',
        'Collecting the result of a service', 5, 0),
      svc('result-passport', 'В',
        'Видача оформленого паспорта (ID-картки, закордонного паспорта)',
        'Collecting a passport or ID card', 7, 10),
    ],
  },
];

/** Every service key under the given categories (any depth), at the given level. */
function serve(level: number, ...categoryKeys: string[]): { key: string; level: number }[] {
  const out: { key: string; level: number }[] = [];
  const collect = (c: DemoCategory): void => {
    for (const s of c.services ?? []) out.push({ key: s.key, level });
    for (const child of c.children ?? []) collect(child);
  };
  const find = (list: DemoCategory[], key: string): DemoCategory | undefined => {
    for (const c of list) {
      if (c.key === key) return c;
      const hit = find(c.children ?? [], key);
      if (hit) return hit;
    }
    return undefined;
  };
  for (const key of categoryKeys) {
    const c = find(categories, key);
    if (!c) throw new Error(`demo-data: unknown category "${key}"`);
    collect(c);
  }
  return out;
}

/** Single services by key, at the given level. */
function only(level: number, ...serviceKeys: string[]): { key: string; level: number }[] {
  return serviceKeys.map((key) => ({ key, level }));
}

const windows: DemoWindow[] = [
  { label: '1', name: 'Вікно 1', services: [...serve(1, 'residence'), ...serve(2, 'results')] },
  { label: '2', name: 'Вікно 2', services: [...serve(1, 'residence'), ...serve(2, 'consult', 'transport')] },
  { label: '3', name: 'Вікно 3', services: [...serve(1, 'passport'), ...only(2, 'result-passport')] },
  { label: '4', name: 'Вікно 4', services: [...serve(1, 'passport'), ...only(1, 'result-passport')] },
  { label: '5', name: 'Вікно 5', services: [...serve(1, 'business', 'realty'), ...serve(2, 'results')] },
  { label: '6', name: 'Вікно 6', services: [...serve(1, 'realty', 'land'), ...serve(2, 'business')] },
  { label: '7', name: 'Вікно 7', services: [...serve(1, 'social', 'emalyatko'), ...serve(2, 'consult')] },
  { label: '8', name: 'Вікно 8', services: [...serve(1, 'pension'), ...serve(2, 'social', 'emalyatko')] },
  { label: '9', name: 'Вікно 9', services: [...serve(1, 'transport', 'consult'), ...serve(2, 'land')] },
  { label: '10', name: 'Вікно 10', services: [...serve(1, 'results', 'consult'), ...serve(2, 'pension')] },
];

export const demoCentre: DemoCentre = {
  name: { uk: 'ЦНАП (демо)', en: 'ASC (demo)' },
  address: 'вул. Соборна, 1, м. Полтава, 36000',
  ticketHeader: 'Центр надання адміністративних послуг',
  ticketFooter: 'Гаряча лінія: 0 800 000 000 (демо)',
  categories,
  windows,
  priorityCategories: [
    {
      uk: 'Особи з інвалідністю I та II груп і особи, які супроводжують осіб з інвалідністю I групи',
      en: 'People with disabilities of group I or II, and those accompanying a person of group I',
    },
    { uk: 'Учасники бойових дій та ветерани війни', en: 'Combatants and war veterans' },
    {
      uk: 'Члени сімей загиблих (померлих) Захисників і Захисниць України',
      en: 'Families of fallen defenders of Ukraine',
    },
    { uk: 'Військовослужбовці', en: 'Serving military personnel' },
    { uk: 'Вагітні жінки', en: 'Pregnant women' },
    { uk: 'Батьки з дітьми віком до 3 років', en: 'Parents with children under 3' },
  ],
  users: [
    { login: 'admin', name: 'Оксана Мельничук', role: 'admin', password: 'admin12345' },
    { login: 'supervisor', name: 'Тетяна Гребенюк', role: 'supervisor', password: 'super12345' },
    { login: 'operator1', name: 'Ірина Савчук', role: 'operator', password: 'operator123' },
    { login: 'operator2', name: 'Андрій Литвиненко', role: 'operator', password: 'operator123' },
    { login: 'operator3', name: 'Наталія Бондар', role: 'operator', password: 'operator123' },
    { login: 'operator4', name: 'Юлія Ткачук', role: 'operator', password: 'operator123' },
  ],
};
