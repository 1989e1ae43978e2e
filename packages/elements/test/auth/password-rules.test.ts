import { expect } from '@open-wc/testing';
import type { PasswordPolicy } from '@portico/core';
import { checkPassword, meetsPolicy } from '../../src/auth/password-rules.js';

const strict: PasswordPolicy = { minLength: 10, requireUppercase: true, requireLowercase: true, requireDigit: true, requireSymbol: true };
const lenient: PasswordPolicy = { minLength: 8, requireUppercase: false, requireLowercase: false, requireDigit: false, requireSymbol: false };

const state = (password: string, policy: PasswordPolicy) => Object.fromEntries(checkPassword(password, policy).map((r) => [r.rule, r.met]));

describe('checkPassword', () => {
  it('lists every rule the policy asks for, in order, all unmet for an empty password', () => {
    const results = checkPassword('', strict);
    expect(results.map((r) => r.rule)).to.deep.equal(['min-length', 'uppercase', 'lowercase', 'digit', 'symbol']);
    expect(results.every((r) => !r.met)).to.equal(true);
    expect(results[0]!.minLength).to.equal(10);
  });

  it('lists only the length rule when nothing else is required', () => {
    expect(checkPassword('whatever', lenient).map((r) => r.rule)).to.deep.equal(['min-length']);
  });

  it('marks each rule as it becomes true', () => {
    expect(state('a', strict)).to.deep.equal({ 'min-length': false, uppercase: false, lowercase: true, digit: false, symbol: false });
    expect(state('aB3', strict)).to.deep.equal({ 'min-length': false, uppercase: true, lowercase: true, digit: true, symbol: false });
    expect(state('aB3!', strict)).to.include({ symbol: true, 'min-length': false });
    expect(state('aB3!aB3!aB', strict)).to.include({ 'min-length': true });
  });

  it('counts exactly minLength characters as long enough', () => {
    expect(state('abcdefgh', lenient)['min-length']).to.equal(true);
    expect(state('abcdefg', lenient)['min-length']).to.equal(false);
  });

  it('treats a space as a symbol, like the backend', () => {
    expect(state('a b', strict).symbol).to.equal(true);
  });

  it('meetsPolicy is true only when every rule is met', () => {
    expect(meetsPolicy('Harbor-Lane-42', strict)).to.equal(true);
    expect(meetsPolicy('harbor-lane-42', strict)).to.equal(false);
    expect(meetsPolicy('short', lenient)).to.equal(false);
  });
});
