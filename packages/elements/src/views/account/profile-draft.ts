/**
 * The profile form's draft (flat strings, as the inputs hold them), its validation and the
 * completion checklist (ACCT-3). Pure: messages are translated by the caller's `msg()`.
 */
import { msg, str } from '@lit/localize';
import { TEXT_LIMITS, type Profile } from '@portico/core';
import { emailProblem } from '../../ui/email.js';

export interface ProfileDraft {
  firstName: string;
  lastName: string;
  preferredName: string;
  pronouns: string;
  email: string;
  phone: string;
  dateOfBirth: string;
  line1: string;
  line2: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
  ecName: string;
  ecPhone: string;
  ecRelationship: string;
}

export type ProfileField = keyof ProfileDraft;

export function draftOf(p: Profile): ProfileDraft {
  return {
    firstName: p.firstName, lastName: p.lastName, preferredName: p.preferredName, pronouns: p.pronouns,
    email: p.email, phone: p.phone, dateOfBirth: p.dateOfBirth ?? '',
    line1: p.address?.line1 ?? '', line2: p.address?.line2 ?? '', city: p.address?.city ?? '',
    region: p.address?.region ?? '', postalCode: p.address?.postalCode ?? '', country: p.address?.country ?? '',
    ecName: p.emergencyContact?.name ?? '', ecPhone: p.emergencyContact?.phone ?? '', ecRelationship: p.emergencyContact?.relationship ?? '',
  };
}

export function profileOf(d: ProfileDraft): Profile {
  const t = (s: string) => s.trim();
  const hasAddress = [d.line1, d.line2, d.city, d.region, d.postalCode, d.country].some((v) => t(v));
  const hasContact = [d.ecName, d.ecPhone, d.ecRelationship].some((v) => t(v));
  return {
    firstName: t(d.firstName), lastName: t(d.lastName), preferredName: t(d.preferredName), pronouns: t(d.pronouns),
    email: t(d.email), phone: t(d.phone), dateOfBirth: t(d.dateOfBirth) || null,
    address: hasAddress
      ? { line1: t(d.line1), ...(t(d.line2) ? { line2: t(d.line2) } : {}), city: t(d.city), region: t(d.region), postalCode: t(d.postalCode), country: t(d.country) }
      : null,
    emergencyContact: hasContact ? { name: t(d.ecName), phone: t(d.ecPhone), relationship: t(d.ecRelationship) } : null,
  };
}


/** A phone number as people write it: digits with spaces, dashes, dots, brackets, an optional leading +. */
export function isPhone(value: string): boolean {
  const v = value.trim();
  const digits = v.replace(/\D/g, '').length;
  return /^\+?[\d\s().-]+$/.test(v) && digits >= 7 && digits <= 15;
}

/**
 * The most characters each field takes (#13.4: 100,000 were accepted). Names follow the
 * contract's name cap; the others what a real value needs with room to spare.
 */
export const PROFILE_MAX_LENGTH: Record<Exclude<ProfileField, 'dateOfBirth'>, number> = {
  firstName: TEXT_LIMITS.name, lastName: TEXT_LIMITS.name, preferredName: TEXT_LIMITS.name, pronouns: 50,
  email: 254, phone: 40, line1: 200, line2: 200, city: 100, region: 100, postalCode: 20, country: 100,
  ecName: TEXT_LIMITS.name, ecPhone: 40, ecRelationship: 100,
};

/** What is wrong with each field, by field. `today` is the local date (YYYY-MM-DD) in the user's zone. */
export function validateProfile(d: ProfileDraft, today: string): Partial<Record<ProfileField, string>> {
  const errors: Partial<Record<ProfileField, string>> = {};
  if (!d.firstName.trim()) errors.firstName = msg('Enter your first name.');
  if (!d.lastName.trim()) errors.lastName = msg('Enter your last name.');
  const email = d.email.trim() ? emailProblem(d.email) : msg('Enter your email address.');
  if (email) errors.email = email;
  if (d.phone.trim() && !isPhone(d.phone)) errors.phone = msg('Enter a phone number with 7 to 15 digits, like +1 555 010 0000.');
  if (d.dateOfBirth && d.dateOfBirth > today) errors.dateOfBirth = msg('The date of birth cannot be in the future.');
  const address = profileOf(d).address;
  if (address) {
    if (!address.line1) errors.line1 = msg('Enter the street address, or clear the whole address.');
    if (!address.city) errors.city = msg('Enter the city.');
    if (!address.postalCode) errors.postalCode = msg('Enter the postal code.');
  }
  const contact = profileOf(d).emergencyContact;
  if (contact) {
    if (!contact.name) errors.ecName = msg('Enter the emergency contact’s name.');
    if (!contact.phone) errors.ecPhone = msg('Enter the emergency contact’s phone number.');
    else if (!isPhone(contact.phone)) errors.ecPhone = msg('Enter a phone number with 7 to 15 digits, like +1 555 010 0000.');
  }
  // Too long beats every other problem: it is the one to fix first.
  for (const [field, max] of Object.entries(PROFILE_MAX_LENGTH) as [keyof typeof PROFILE_MAX_LENGTH, number][]) {
    const length = d[field].trim().length;
    if (length > max) errors[field] = msg(str`Use at most ${max} characters (this has ${length}).`);
  }
  return errors;
}

export interface CompletionItem {
  /** The field that fixes it (where the "missing" link moves focus). */
  field: ProfileField;
  label: string;
  done: boolean;
}

/** What makes a profile complete: what the practice needs to reach the person and act in an emergency. */
export function completionOf(p: Profile): CompletionItem[] {
  return [
    { field: 'firstName', label: msg('Your name'), done: !!(p.firstName && p.lastName) },
    { field: 'email', label: msg('Email address'), done: !!p.email },
    { field: 'phone', label: msg('Phone number'), done: !!p.phone },
    { field: 'dateOfBirth', label: msg('Date of birth'), done: !!p.dateOfBirth },
    { field: 'line1', label: msg('Home address'), done: !!(p.address?.line1 && p.address.city) },
    { field: 'ecName', label: msg('Emergency contact'), done: !!(p.emergencyContact?.name && p.emergencyContact.phone) },
  ];
}
