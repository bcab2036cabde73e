import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.js';

describe('detectLanguage', () => {
  it('recognizes English, German, French and Spanish news prose', () => {
    expect(
      detectLanguage(
        'The council voted on Tuesday to approve the plan, and the mayor said it was a fair deal for the city.',
      ),
    ).toBe('en');
    expect(
      detectLanguage(
        'Der Stadtrat hat am Dienstag den Plan gebilligt, und die Bürgermeisterin sagte, es sei ein faires Geschäft für die Stadt.',
      ),
    ).toBe('de');
    expect(
      detectLanguage(
        "Le conseil municipal a approuvé mardi le projet, et la maire a déclaré que c'était un accord équitable pour la ville.",
      ),
    ).toBe('fr');
    expect(
      detectLanguage(
        'El consejo municipal aprobó el martes el plan, y la alcaldesa dijo que era un acuerdo justo para la ciudad entera.',
      ),
    ).toBe('es');
  });

  it('treats very short text as English rather than refusing it', () => {
    expect(detectLanguage('Hello there.')).toBe('en');
  });
});
