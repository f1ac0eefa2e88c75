/** Topic: children's and students' data. Patterns only; `matcher.ts` reads them. */
import type { TopicDef } from '../types.js';
import { GAP, rx } from './vocab.js';

const KIDS = String.raw`(?:children|child|minors?|kids|teens|teenagers|youth|young (?:people|readers|users|patrons|learners)|younger (?:readers|users|patrons|children|learners)|toddlers?|infants?|students?|pupils|under (?:the age of )?(?:13|16|18|thirteen|sixteen|eighteen))`;
const ADS = String.raw`(?:marketing|advertising|advertisements?|ads|profiling|sponsored|promotional|promotions|targeted|target|offers)`;
const USE = String.raw`(?:collected|processed|tracked|profiled|monitored|used (?:to|for) (?:build|create|develop|market|advertis|profil|target|sell|train)\w*|used for (?:marketing|advertising))`;
// Consent given by a parent or guardian (not "without" it).
const PARENT_OK = String.raw`(?<!\bwithout (?:verifiable |prior |express |the )?)(?:verifiable )?(?:parental|parent'?s?|guardian'?s?) (?:consent|permission|authori[sz]ation|approval)|\bconsent (?:of|from) (?:a |the )?(?:parent|guardian)`;

export const children: TopicDef = {
  id: 'children',
  title: "Children's and students' data",
  concern: "Children's data gets the strongest protection: parental consent, COPPA/FERPA compliance, no profiling.",
  cites: ['niso-6', 'lbor-vii'],
  expected: false,
  severity: { harmful: 'high', ambiguous: 'medium', silent: 'low' },
  harmful: [
    rx(String.raw`\b(?:collect(?:s|ed|ing)?|gather\w*|process\w*|track\w*|profil\w*|market\w*|advertis\w*|monitor\w*)\b`, GAP(60), String.raw`\b(?:from|of|about|to|for)\b`, GAP(20), String.raw`\b${KIDS}\b`),
    rx(String.raw`\b${KIDS}'?\b`, GAP(60), String.raw`\b${ADS}\b`),
    rx(String.raw`\b${KIDS}'?\b`, GAP(60), String.raw`\b(?:data|information|activity|behaviou?r|reading|records)\b`, GAP(40), String.raw`\b${USE}\b`),
    rx(String.raw`\b(?:data|information|activity|records)\b`, GAP(30), String.raw`\b(?:from|of|about)\b`, GAP(20), String.raw`\b${KIDS}\b`, GAP(40), String.raw`\b${USE}\b`),
    rx(String.raw`\b${ADS}\b`, GAP(60), String.raw`\b(?:based on|using|from|according to|chosen by|tailored to)\b`, GAP(30), String.raw`\b${KIDS}\b`),
    rx(String.raw`\b(?:show|serve|display|send|deliver|target|put|place|run)\w*\b`, GAP(30), String.raw`\b${ADS}\b`, GAP(30), String.raw`\b(?:to|at|in front of|for)\b`, GAP(20), String.raw`\b${KIDS}\b`),
  ],
  protective: [
    rx(String.raw`\b(?:COPPA|FERPA|Children'?s Online Privacy Protection|Family Educational Rights and Privacy|SOPIPA|student (?:data )?privacy (?:law|act|pledge))\b`),
    rx(String.raw`${PARENT_OK}`),
    rx(String.raw`\b(?:parent|guardian)s?\b`, GAP(30), String.raw`\b(?:consents?|permission|agree\w*|approv\w*|authori[sz]\w*|sign\w* up|opt\w* in|set\w* up|creat\w*)\b`),
    rx(String.raw`\b(?:parent|guardian|adult)(?:al)? (?:present|supervision|must be present)\b|\bwith a (?:parent|guardian) present\b`),
    rx(String.raw`\b(?:created|set up|opened|registered|activated|approved|authori[sz]ed|enabled|made|completed|submitted|done)\b (?:only )?by (?:a |the |their )?(?:parent|guardian|adult)\b`),
  ],
  limiters: [{ re: rx(PARENT_OK), stance: 'protective' }],
  fixed: [{ re: rx(String.raw`\b(?:not (?:directed|intended|designed|meant) (?:to|for|at)|does not target)\b`, GAP(20), String.raw`\b${KIDS}\b`), stance: 'ambiguous' }],
  // Story time, children's rooms, students of library science: not children's data.
  defer: [rx(String.raw`\b(?:children's (?:room|area|department|section|collection|books)|story ?time|students of (?:library|information|law|\w+ science))\b`)],
};
