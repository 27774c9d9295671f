import { describe } from 'vitest';
import { creditCard } from '../../recognizers/credit-card.js';
import { recognizerTable } from '../helpers/recognizer-table.js';

describe('recognizer `credit-card`', () => {
  recognizerTable(creditCard, [
    // Brands and lengths (values made for these tests: valid Luhn, real issuer prefixes).
    { name: 'visa 16', text: '4916838388587444', expected: [['CREDIT_CARD', '4916838388587444']], minScore: 1 },
    { name: 'visa 13', text: 'old card 4556857550781', expected: [['CREDIT_CARD', '4556857550781']] },
    { name: 'visa 19', text: 'pan=4716668067330565689;', expected: [['CREDIT_CARD', '4716668067330565689']] },
    { name: 'mastercard 51-55', text: 'MC 5396 1773 6986 3862 exp 09/28', expected: [['CREDIT_CARD', '5396 1773 6986 3862']] },
    { name: 'mastercard 2720', text: '2720-3645-2566-9573', expected: [['CREDIT_CARD', '2720-3645-2566-9573']] },
    { name: 'mastercard 2221', text: '(2221933887006535)', expected: [['CREDIT_CARD', '2221933887006535']] },
    { name: 'amex 4-6-5', text: 'Amex: 3471 053679 12853.', expected: [['CREDIT_CARD', '3471 053679 12853']] },
    { name: 'amex contiguous', text: '378259285097115', expected: [['CREDIT_CARD', '378259285097115']] },
    { name: 'diners 14', text: 'diners 3056 959286 3896', expected: [['CREDIT_CARD', '3056 959286 3896']] },
    { name: 'diners 36', text: '36127779770063', expected: [['CREDIT_CARD', '36127779770063']] },
    { name: 'discover 6011', text: '6011984342482022', expected: [['CREDIT_CARD', '6011984342482022']] },
    { name: 'discover 65', text: '6541-7873-5385-4172', expected: [['CREDIT_CARD', '6541-7873-5385-4172']] },
    { name: 'jcb', text: 'JCB 3589 0069 1666 7702', expected: [['CREDIT_CARD', '3589 0069 1666 7702']] },
    { name: 'unionpay 19', text: '6212 2909 0678 3018 015', expected: [['CREDIT_CARD', '6212 2909 0678 3018 015']] },
    { name: 'maestro 12', text: 'maestro 5038 4939 2215', expected: [['CREDIT_CARD', '5038 4939 2215']] },
    { name: 'maestro 16', text: '6759833402930634', expected: [['CREDIT_CARD', '6759833402930634']] },
    { name: 'mir', text: '2201700968253565', expected: [['CREDIT_CARD', '2201700968253565']] },
    { name: 'uatp 15', text: '123425639413732', expected: [['CREDIT_CARD', '123425639413732']] },
    // Positions and neighbours.
    { name: 'start and end of string, two cards', text: '4916838388587444,5396177369863862', expected: [['CREDIT_CARD', '4916838388587444'], ['CREDIT_CARD', '5396177369863862']] },
    { name: 'emoji (astral) before and after', text: '💳4916838388587444💳', expected: [['CREDIT_CARD', '4916838388587444']] },
    { name: 'CVV after a grouped number', text: 'card 5396 1773 6986 3862 123', expected: [['CREDIT_CARD', '5396 1773 6986 3862']] },
    { name: 'quoted in JSON', text: '{"cc":"4916-8383-8858-7444"}', expected: [['CREDIT_CARD', '4916-8383-8858-7444']] },
    // Negatives.
    { name: 'failing Luhn', text: '4916838388587445', expected: [] },
    { name: 'failing Luhn, grouped', text: '5396 1773 6986 3863', expected: [] },
    { name: 'Mastercard range ends at 2720', text: '2721400568710681', expected: [] },
    { name: 'unknown issuer prefix', text: '9123282149943455', expected: [] },
    { name: 'wrong length for the brand (amex prefix, 16 digits, valid Luhn)', text: '3471053679128531', expected: [] },
    { name: 'inside a longer digit run', text: '94916838388587444', expected: [] },
    { name: 'followed by more digits', text: '49168383885874440', expected: [] },
    { name: 'inside a longer grouped number', text: '1234 4916 8383 8858 7444', expected: [] },
    { name: 'followed by another group of four', text: '4916 8383 8858 7444 1234', expected: [] },
    { name: 'dashed, followed by another group', text: '4916-8383-8858-7444-12', expected: [] },
    { name: 'mixed separators', text: '4916-8383 8858-7444', expected: [] },
    { name: 'double spaces', text: '4916  8383  8858  7444', expected: [] },
    { name: 'glued to letters', text: 'id4916838388587444', expected: [] },
    // What may precede the first digit is tested after it (the regexes read `\d(?<!X\d)`).
    { name: 'glued to a non-ASCII letter', text: 'é4916838388587444', expected: [] },
    { name: 'glued to a non-ASCII digit', text: '٣4916838388587444', expected: [] },
    { name: 'after a digit and a dash', text: '1-4916-8383-8858-7444', expected: [] },
    { name: 'after a digit and a dot', text: '1.4916838388587444', expected: [] },
    { name: 'after a short number', text: '123 4916 8383 8858 7444', expected: [['CREDIT_CARD', '4916 8383 8858 7444']] },
    { name: 'after a number ending in a group of four', text: '12345 4916 8383 8858 7444', expected: [] },
    { name: 'decimal fraction', text: '0.4916838388587444', expected: [] },
    { name: 'one digit repeated', text: '0000000000000000', expected: [] },
    { name: 'published Visa test number', text: '4111 1111 1111 1111', expected: [] },
    { name: 'published Stripe test number', text: '4242424242424242', expected: [] },
    { name: 'published Amex test number', text: '3782-822463-10005', expected: [] },
    { name: 'published Mastercard test number', text: '5555555555554444', expected: [] },
    { name: 'too short', text: '49168383885', expected: [] },
  ]);
});
