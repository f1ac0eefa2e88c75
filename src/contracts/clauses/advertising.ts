/** Topic: advertising, behavioural profiling and tracking across sites. Patterns only; `matcher.ts` reads them. */
import type { TopicDef } from '../types.js';
import { DATA, GAP, USERS, rx } from './vocab.js';

// What advertising is called: ads, marketing, promotions, sponsored placements.
const ADS = String.raw`(?:promoted (?:answers|results|titles|listings|content|posts|links|products)|paid (?:results|placements?|listings|links|search results)|promot(?:e|ion|ing) (?:of )?(?:the )?(?:\w+'s )?(?:other )?(?:products|services|offerings)|ads|adverts?|advertisements?|advertising|(?:direct |targeted |email |digital )?marketing|promotional (?:offers|messages|communications|emails|material)|promotions|sponsored (?:content|listings?|results?|recommendations?|suggestions?|placements?|posts?|stories|story \w+|book \w+|titles|links?))`;
const INTERESTS = String.raw`(?:interests|behaviou?r|preferences|reading habits|habits|demographics|characteristics|personality|tastes|likely purchases)`;

export const advertising: TopicDef = {
  id: 'advertising',
  title: 'Advertising, behavioural profiling and cross-site tracking',
  concern: 'Patron activity must not feed advertising, profiles of interests, or tracking across other sites.',
  cites: ['ala-vendor-tracking', 'ala-bds-1', 'ala-bds-4'],
  expected: true,
  severity: { harmful: 'high', ambiguous: 'medium', silent: 'medium' },
  harmful: [
    rx(String.raw`\b(?:targeted|personali[sz]ed|interest-based|behaviou?ral(?:ly)?|tailored|retargeting|remarketing|re-targeting|direct)\b (?:ads|advertis\w*|marketing|targeting)\b`),
    rx(String.raw`(?<!\b(?:to|with) (?:an? |any |the )?)\b(?:advertising|ad|ads) (?:networks?|partners?|pixels?|cookies|identifiers?|exchanges?|IDs?|tags?|trackers?|tech(?:nology)? (?:companies|partners))\b`),
    rx(String.raw`\b(?:track|tracks|tracking|follow|follows|monitor\w*)\b`, GAP(60), String.raw`\b(?:(?:across|on) (?:other|third[- ]party|different|unaffiliated|external) (?:web ?sites|sites|apps|services|platforms)|(?:around|across) the (?:internet|web)|(?:across|on) (?:apps|web ?sites|sites)(?: and (?:apps|web ?sites|sites))? (?:owned|operated|run) by (?:other|third)|(?:from|to) (?:site|app) to (?:site|app))\b`),
    rx(String.raw`\bcross[- ](?:site|device|context|platform|app) (?:tracking|profiling|identifiers?|behaviou?ral)\b`),
    rx(String.raw`\b(?:build|builds|building|built|create|creates|creating|compil\w+|develop\w*|amass\w*|assembl\w+|construct\w*|generat\w+|maintain\w*)\b`, GAP(30), String.raw`\b(?:profiles?|profiling) (?:of|about|on|based on)\b`),
    rx(String.raw`\badvertis(?:e|ing) to\b`),
    rx(String.raw`\bprofil(?:e|es|ing)\b`, GAP(40), String.raw`\b${INTERESTS}\b`),
    rx(String.raw`\b(?:infer|infers|inferring|predict|predicts|predicting|deduc\w+|deriv\w+|segment\w*|analy[sz]\w*)\b`, GAP(40), String.raw`\b${INTERESTS}\b`),
    rx(String.raw`\b(?:show|serve|display|deliver|present|send|include|receive|put|place|run|carr(?:y|ie))\w*\b`, GAP(30), String.raw`\b(?:${ADS}|offers)\b(?! (?:and \w+ )?(?:SDKs?|software|librar(?:y|ies)|code|tools|identifiers))`),
    rx(String.raw`\b(?:${ADS})\b`, GAP(40), String.raw`\b(?:based on|chosen (?:using|from|by)|selected (?:using|from|by)|using|according to)\b`, GAP(40), String.raw`\b(?:${DATA}|what (?:you|they|your child|users|patrons) (?:read|reads|view|views|watch|watches|borrow|borrows|search))\b`),
    rx(String.raw`\b(?:use|uses|used|using|process\w*|disclos\w*|shar\w*|provid\w*|transfer\w*)\b`, GAP(80), String.raw`\bfor\b`, GAP(60), String.raw`\b(?:${ADS}|profiling)\b`),
    rx(String.raw`\b(?:us|set|plac)\w*\b`, GAP(30), String.raw`\b(?:cookies|identifiers|pixels|beacons)\b`, GAP(20), String.raw`\b(?:for|to) (?:track\w*|advertising|profil\w*)\b`),
    rx(String.raw`\b(?:used|use|uses|using)\b (?:\w+ ){0,3}?for (?:advertising|marketing|profiling|fundraising|targeted)\b`),
    rx(String.raw`\baudience (?:segments?|profiles?|groups?)\b`),
    rx(String.raw`\b(?:${DATA}|reading|activity)\b`, GAP(120), String.raw`\bto (?:\w+ and )?(?:offer|sell|promote|advertise|market) (?:its |our |their |new |other |own )*(?:\w+ )?(?:products|services|subscriptions|offerings|titles)\b`),
    rx(String.raw`\b(?:link|connect|associat|match|combin)\w*\b`, GAP(80), String.raw`\b(?:phones?|tablets?|computers?|laptops?|devices)\b`, GAP(80), String.raw`\b(?:recogni[sz]\w*|identif\w*|track\w*)\b`),
    rx(String.raw`\bsend\w* (?:\w+ ){0,2}(?:newsletters|emails|messages|offers|mailings)\b`, GAP(60), String.raw`\b(?:sponsors?|partners?|advertisers?|third parties|affiliates)\b`),
    rx(String.raw`\bmarket\w*\b (?:\w+ ){0,3}?to (?:library |our |its )?${USERS}\b|\bmarket\w* (?:its|our|their) (?:other |own )?(?:products|services|offerings)\b`),
    rx(String.raw`\bpa(?:y|ys|id|ying)\b (?:\w+ ){0,3}for (?:placement|promotion|prominence|visibility)\b|\bpromoted by (?:publishers|advertisers|partners|sponsors)\b`),
    rx(String.raw`\b(?:rank|score|profile|rate|categori[sz]e|segment|classif(?:y|ies))\w*\b (?:\w+ ){0,3}?${USERS}\b`, GAP(20), String.raw`\bbased (?:on|upon)\b`),
    rx(String.raw`\b(?:personali[sz]|tailor|target)\w* (?:\w+ )?(?:marketing|ads|advertis\w*|offers|promotions)\b`),
    rx(String.raw`\b(?:offers|promotions|ads|marketing)\b`, GAP(20), String.raw`\b(?:tailored|targeted|personali[sz]ed)\b`),
    rx(String.raw`\b(?:combin|merg|enrich|match)\w*\b`, GAP(60), String.raw`\b(?:with )?(?:data|information) (?:from|obtained from|purchased from|bought from|acquired from|supplied by) (?:other|third[- ]party|outside|external|commercial) (?:sources|parties|companies|providers|brokers)\b`),
    rx(String.raw`\bcombin\w*\b`, GAP(30), String.raw`\bwith (?:other|third[- ]party|outside|external) sources\b`),
  ],
  protective: [rx(String.raw`\b(?:ad-free|free (?:of|from) (?:advertising|ads|advertisements))\b`)],
  fixed: [{ re: rx(String.raw`\bno (?:ads|adverts?|advertising|advertisements|banner ads|sponsored \w+|paid placements)\b`), stance: 'protective' }],
  context: {
    heading: rx(String.raw`\b(?:advertis\w*|ads|marketing|sponsor\w*|profiling|promotions?|tracking)\b`),
    harmful: [rx(String.raw`\b(?:sponsored|promoted|paid (?:placements?|listings?)|partner offers)\b`), rx(String.raw`\b(?:recommendations?|suggestions?|offers)\b`, GAP(40), String.raw`\bbased on\b`)],
  },
};
