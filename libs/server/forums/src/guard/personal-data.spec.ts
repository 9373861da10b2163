import { PersonalDataKind as K, findPersonalData, kindsOf, nhsChecksumValid, redactPersonalData } from './personal-data';

/** Realistic casework text: what must be caught, and what merely looks like it. */
const CASES: { text: string; kinds: K[]; found?: string[] }[] = [
  // Home Office references and application numbers
  { text: 'Her Home Office ref is B1234567, decision still outstanding.', kinds: [K.HOME_OFFICE_REFERENCE], found: ['B1234567'] },
  { text: 'HO reference K7654321/2 came back refused.', kinds: [K.HOME_OFFICE_REFERENCE], found: ['K7654321/2'] },
  { text: 'EUSS application 3434-0940-3948-3028 pending since June.', kinds: [K.HOME_OFFICE_REFERENCE] },
  // GWF
  { text: 'His GWF number is GWF012345678 and the visa expired.', kinds: [K.GWF_NUMBER], found: ['GWF012345678'] },
  { text: 'gwf 098765432 on the BRP letter', kinds: [K.GWF_NUMBER] },
  // National Insurance
  { text: 'NI number AB 12 34 56 C, waiting on UC.', kinds: [K.NATIONAL_INSURANCE_NUMBER], found: ['AB 12 34 56 C'] },
  { text: 'Her NINO is JG103759A.', kinds: [K.NATIONAL_INSURANCE_NUMBER] },
  // NHS numbers: checksum and context
  { text: 'NHS number 943 476 5919, registered with the practice.', kinds: [K.NHS_NUMBER], found: ['943 476 5919'] },
  { text: 'Her health number is 9434765919.', kinds: [K.NHS_NUMBER] },
  // Dates of birth
  { text: 'Client born 03/04/1989 in Eritrea.', kinds: [K.DATE_OF_BIRTH], found: ['03/04/1989'] },
  { text: 'DOB: 12 March 2001, unaccompanied minor until recently.', kinds: [K.DATE_OF_BIRTH], found: ['12 March 2001'] },
  { text: 'Date of birth 2004-07-19 per the age assessment.', kinds: [K.DATE_OF_BIRTH] },
  { text: 'He gave 1/1/2000 (DOB) which the council disputes.', kinds: [K.DATE_OF_BIRTH] },
  // Phones and emails
  { text: 'Ring her on 07911 123456 after 4pm.', kinds: [K.PHONE_NUMBER], found: ['07911 123456'] },
  { text: 'Landlord: 0121 496 0123 or +44 7911 123456', kinds: [K.PHONE_NUMBER], found: ['0121 496 0123', '+44 7911 123456'] },
  { text: 'Two numbers: 07911 123456 07912 345678, and (0121) 496 0123.', kinds: [K.PHONE_NUMBER], found: ['07911 123456', '07912 345678', '(0121) 496 0123'] },
  { text: 'Office +44 (0)20 7946 0018', kinds: [K.PHONE_NUMBER], found: ['+44 (0)20 7946 0018'] },
  { text: 'Email him at amir.h@example.com with the forms.', kinds: [K.EMAIL_ADDRESS], found: ['amir.h@example.com'] },
  // Postcodes next to a name or home address
  { text: 'Mrs Yusuf, flat 2, B10 9QR, needs a food parcel.', kinds: [K.POSTCODE_WITH_NAME], found: ['B10 9QR'] },
  { text: 'Family now lives at 14 Oak Road, Coventry CV1 2AB.', kinds: [K.POSTCODE_WITH_NAME] },
  // Several at once
  { text: 'Mr Tesfaye (born 5 May 1990), ref H2345678, tel 07911123456', kinds: [K.HOME_OFFICE_REFERENCE, K.DATE_OF_BIRTH, K.PHONE_NUMBER] },

  // False positives: numbers that merely look like references
  { text: 'Invoice INV-2024-00123 from the interpreter is paid.', kinds: [] },
  { text: 'Invoice 9434765919 for room hire.', kinds: [] }, // valid NHS checksum, no context
  { text: 'We met on 03/04/2025 and again on 12 March 2025.', kinds: [] }, // meeting dates
  { text: 'Born in Sudan, he arrived 14/02/2023 and is now in Walsall.', kinds: [] }, // "born in" a country, and an arrival date
  { text: 'The drop-in saw 1234567 visits since 2019 across 0121 sites.', kinds: [] }, // phone-like counts
  { text: 'Attendance 2,450, referrals 07123, up 12%.', kinds: [] },
  { text: 'Meeting at Carrs Lane Church Centre, B4 7SX, at 10am.', kinds: [] }, // an organisation's postcode
  { text: 'Freephone Asylum Support helpline 0808 800 0631.', kinds: [] },
  { text: 'QQ 12 34 56 C is the example NI number on HMRC forms.', kinds: [] }, // invalid prefix
  { text: 'Room B1 in building A2, call number 12.', kinds: [] },
  { text: 'The NHS trust has 1234567890 pounds of budget.', kinds: [] }, // context but a failing checksum
  { text: 'Minutes of the ESOL steering group, item 4.2, 2024-25 plan.', kinds: [] },
];

describe('the personal-data guard', () => {
  it.each(CASES)('$text', ({ text, kinds, found }) => {
    const matches = findPersonalData(text);
    expect(kindsOf(matches)).toEqual(kinds);
    if (found) expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(found);
  });

  it('redacts every span, leaving the rest of the text', () => {
    const text = 'Ref B1234567, call 07911 123456. Thanks!';
    expect(redactPersonalData(text)).toBe('Ref [reference removed], call [reference removed]. Thanks!');
    expect(findPersonalData(redactPersonalData(text))).toEqual([]);
  });

  it('checks NHS numbers with the modulus 11 rule', () => {
    expect(nhsChecksumValid('9434765919')).toBe(true);
    expect(nhsChecksumValid('9434765918')).toBe(false);
    expect(nhsChecksumValid('1234567890')).toBe(false); // check digit would be 10: never issued
  });
});
