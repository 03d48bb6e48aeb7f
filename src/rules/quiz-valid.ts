import { isBlank } from '../lib/text.ts';
import type { Rule, RuleFinding } from './types.ts';

export const quizValid: Rule = {
  id: 'quiz-valid',
  defaultSeverity: 'error',
  fix: 'Give every question at least two `options`, an `answer` that counts one of them from 1, and an `explanation`.',
  description:
    'Every quiz question of a lesson has at least two options, an answer within range (counting from 1) and an explanation.',
  translations: {
    nl: {
      description:
        'Elke quizvraag van een les heeft minstens twee antwoorden om uit te kiezen, een goed antwoord dat daarbinnen valt (tel vanaf 1) en een uitleg.',
      fix: 'Geef elke vraag minstens twee `options`, een `answer` dat er een aanwijst (tel vanaf 1) en een `explanation`.',
    },
  },
  check({ content }) {
    const findings: RuleFinding[] = [];
    for (const lesson of content.lessons) {
      lesson.data.quiz.forEach((question, i) => {
        const count = question.options.length;
        if (count < 2) {
          findings.push({
            entry: lesson,
            path: ['quiz', i, 'options'],
            message: `This question has ${count} option${count === 1 ? '' : 's'}; a quiz question needs at least two to choose from. Add options.`,
          });
        } else if (question.answer < 1 || question.answer > count) {
          findings.push({
            entry: lesson,
            path: ['quiz', i, 'answer'],
            message: `The answer is ${question.answer}, but this question has ${count} options: give the number of the right option, counting from 1 (1 to ${count}).`,
          });
        }
        if (isBlank(question.explanation)) {
          findings.push({
            entry: lesson,
            path: ['quiz', i, 'explanation'],
            message: 'This question has no explanation; write why the right answer is right, the learner sees it after answering.',
          });
        }
      });
    }
    return findings;
  },
};
