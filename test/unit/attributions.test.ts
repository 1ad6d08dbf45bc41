import { describe, expect, it } from 'vitest';
import { run } from './helpers';

/** Each attribution as [cue, speaker mention, resolved name]. */
const attributions = (md: string) => run(md).attributions.map((a) => [a.cue.text, a.speaker.text, a.speaker.name]);

describe('attributions', () => {
  it('reads "X said" and "said X" in every tense', () => {
    expect(attributions('Port officials say the dock is closed.')).toEqual([['say', 'Port officials', 'Port officials']]);
    expect(attributions('“It is closed,” said Maria Olsen, a harbor pilot.')).toEqual([['said', 'Maria Olsen', 'Maria Olsen']]);
    expect(attributions('The mayor has said the budget is final.')).toEqual([['said', 'The mayor', 'mayor']]);
  });

  it('reads "told", "wrote", "acknowledged", "disputes", "estimated"', () => {
    expect(attributions('The harbor master told reporters the dock was closed.')).toEqual([['told', 'The harbor master', 'harbor master']]);
    expect(attributions('Greta Lind wrote that the plan had failed.')).toEqual([['wrote', 'Greta Lind', 'Greta Lind']]);
    expect(attributions('The company acknowledged the leak on Monday.')).toEqual([['acknowledged', 'The company', 'company']]);
    expect(attributions('The union disputes that figure.')).toEqual([['disputes', 'The union', 'union']]);
    expect(attributions('Analysts estimated the loss at $3 million.')).toEqual([['estimated', 'Analysts', 'Analysts']]);
  });

  it('skips an appositive between speaker and cue', () => {
    expect(attributions('“We are ready,” Tomas Berg, chairman of the Harbor Authority and a former pilot, said on Monday.')).toEqual([
      ['said', 'Tomas Berg', 'Tomas Berg'],
    ]);
    expect(attributions('The city’s lawyer, Anna Kovac, told the court the permit was valid.')).toEqual([['told', 'Anna Kovac', 'Anna Kovac']]);
  });

  it('reads "according to" with an appositive name', () => {
    const [a] = run('At least 40 people were detained, according to the group, Harbor Watch, on Monday.').attributions;
    expect(a!.cue.text).toBe('according to');
    expect(a!.speaker.text).toBe('the group');
    expect(a!.speaker.name).toBe('Harbor Watch');
  });

  it('gives a participle the subject of its clause', () => {
    expect(attributions('The ministry confirmed the closure on Monday, saying it opposes “rash” measures.')).toEqual([
      ['confirmed', 'The ministry', 'ministry'],
      ['saying', 'The ministry', 'ministry'],
    ]);
  });

  it('ends a subject at an irregular past tense, so it never holds the verb', () => {
    expect(attributions('The audit found that the firms filed 900 forms in March, while reporting 40 to investors.')).toEqual([
      ['found', 'The audit', 'audit'],
      ['reporting', 'The audit', 'audit'],
    ]);
  });

  it('gives a coordinated "and said" the subject of a clause that opens with an auxiliary', () => {
    expect(attributions('Ms. Ferrow was forced into a rare retreat and said that her words had been misread.')).toEqual([['said', 'Ms. Ferrow', 'Ferrow']]);
  });

  it('does not read "state" as a cue where it is a noun', () => {
    expect(attributions('The backers include state Rep. Ana Ruiz and a former secretary of state, Ilse Varga.')).toEqual([]);
    expect(attributions('Rust Belt states that lost factories voted early.')).toEqual([]);
    expect(attributions('The memo states that 40 buses will run.').map(([cue]) => cue)).toEqual(['states']);
  });

  it('reads a pronoun with a contracted auxiliary, and a progressive', () => {
    expect(attributions('He’s claiming that fraud is “a big problem.”')).toEqual([['claiming', 'He', 'He']]);
    expect(attributions('Ana Ruiz is describing the plan as “reckless.”')).toEqual([['describing', 'Ana Ruiz', 'Ana Ruiz']]);
  });

  it('does not take a participle after a common noun for speech: "a tweet attacking …"', () => {
    expect(attributions('The mayor called it “unfair,” a tweet attacking the council.')).toEqual([['called', 'The mayor', 'mayor']]);
  });

  it('ignores cue words in other senses', () => {
    expect(attributions('Forces continued to advance on the disputed region.')).toEqual([]);
    expect(attributions('The reported figure was added to the list by the State Department.')).toEqual([]);
    expect(attributions('He was told to leave.')).toEqual([]);
    expect(attributions('Water levels declined to their lowest point.')).toEqual([]);
  });

  it('does not read cues inside a quotation as attributions of the article', () => {
    expect(attributions('“They said no,” Lina Park said.')).toEqual([['said', 'Lina Park', 'Lina Park']]);
  });

  it('reads transcripts and signed comments', () => {
    expect(attributions('HOST: Welcome back.\n\nBERG: Thank you.')).toEqual([[':', 'HOST', 'HOST'], [':', 'BERG', 'BERG']]);
    expect(attributions('“Great show.” ― Ana Ruiz')).toEqual([['―', 'Ana Ruiz', 'Ana Ruiz']]);
  });

  it('reads a statement named by a noun when no verb reports it', () => {
    expect(run('In a statement posted on Facebook, the ministry urged calm.').attributions.map((a) => [a.cue.text, a.cue.kind, a.speaker.name])).toEqual([
      ['In a statement', 'noun', 'ministry'],
    ]);
    expect(attributions('Harbor Watch, in a statement on Monday, put 40 boats at risk.')).toEqual([['in a statement', 'Harbor Watch', 'Harbor Watch']]);
    expect(attributions('In a statement, the ministry said the port was closed.')).toEqual([['said', 'the ministry', 'ministry']]);
  });

  it('reads a party label after a name', () => {
    expect(attributions('“No,” Sen. Jane Holt (D-Ore.) said.')).toEqual([['said', 'Sen. Jane Holt', 'Jane Holt']]);
  });
});

describe('beliefs, intentions, findings and stances', () => {
  const found = (md: string) => run(md).attributions.map((a) => [a.cue.text, a.speaker.text, a.rule]);

  it('reads what someone believes, wants or plans', () => {
    expect(found('The council wants 500 new homes by 2030.')).toEqual([['wants', 'The council', 'cue.belief']]);
    expect(found('Mayor Ilse Varga plans to close the bridge in May.')).toEqual([['plans', 'Mayor Ilse Varga', 'cue.belief']]);
    expect(found('Many farmers fear the river will flood again.')).toEqual([['fear', 'Many farmers', 'cue.belief']]);
  });

  it('reads stances that take their own preposition, with it in the cue: "calls for", "pointed to", "pushed for"', () => {
    expect(found('She calls for a new levee on the east bank.')).toEqual([['calls for', 'She', 'cue.stance']]);
    expect(found('Mayor Lind pointed to the audit of the port.')).toEqual([['pointed to', 'Mayor Lind', 'cue.stance']]);
    expect(found('The union pushed for higher wages at the docks.')).toEqual([['pushed for', 'The union', 'cue.stance']]);
    expect(found('The letter, sent to members on Monday, points to cracks in the levee.')).toEqual([['points to', 'The letter', 'cue.stance']]);
    // The noun after a possessive or a determiner, and the verb with another preposition, are no such cue.
    expect(found('The mayor’s calls for a levee went unheard.').map(([cue]) => cue)).not.toContain('calls for');
    expect(found('The arrow on the map points to the port.')).toEqual([]);
    expect(found('The pilots called on the ferry at noon.')).toEqual([]);
  });

  it('reads "see … as" and "saw that" as a view, not "see" in other senses', () => {
    expect(found('Dock workers see the new levee as a waste of money.')).toEqual([['see', 'Dock workers', 'cue.belief']]);
    expect(found('The harbor workers saw that the storm was turning.')).toEqual([['saw', 'The harbor workers', 'cue.belief']]);
    expect(found('Mayor Lind saw the ferry leave the dock.')).toEqual([]);
    expect(found('Mayor Lind saw her lead grow as the night went on.')).toEqual([]);
    expect(found('The pilots saw the storm coming as they left.')).toEqual([]);
  });

  it('reads what a poll, study or data shows or finds', () => {
    expect(found('A Harbour Institute poll shows the mayor at 41 percent.')).toEqual([['shows', 'A Harbour Institute poll', 'cue.finding']]);
    expect(found('The data showed 12,000 jobs were lost.')).toEqual([['showed', 'The data', 'cue.finding']]);
    expect(found('A new study found that the levee was weak.')).toEqual([['found', 'A new study', 'cue.finding']]);
  });

  it('reads findings whose source is polling, emails, footage or a poll described after its noun', () => {
    expect(found('Recent polling shows that the mayor has lost ground.')).toEqual([['shows', 'Recent polling', 'cue.finding']]);
    expect(found('Leaked emails showed the staff favoring the mayor.')).toEqual([['showed', 'Leaked emails', 'cue.finding']]);
    expect(found('Many donations arrived in March alone, fundraising reports show.')).toEqual([['show', 'fundraising reports', 'cue.finding']]);
    expect(found('Footage from the game shows that several students wore flags.')).toEqual([['shows', 'Footage from the game', 'cue.finding']]);
    expect(found('A Harbor College poll out this week shows the mayor with an 8-point lead.')).toEqual([['shows', 'A Harbor College poll', 'cue.finding']]);
    // A thing that shows something is no finding: "the mayor showed up", "the bridge shows its age" has no source that can report.
    expect(found('The old bridge shows its age.')).toEqual([]);
  });

  it('reads a poll\'s "has" giving standings: "the poll has Lind leading", "a survey had him at 4 percent"', () => {
    expect(found('The weekly harbour poll has Lind leading Ortiz by four points.')).toEqual([['has', 'The weekly harbour poll', 'cue.finding']]);
    expect(found('A Harbour survey released Friday had him at 4 percent.')).toEqual([['had', 'A Harbour survey', 'cue.finding']]);
    // No standing, no poll, or an auxiliary: no cue.
    const decoys = ['The poll has a margin of error of 3 points.', 'Mayor Lind has Ortiz at her side for the tour.', 'The poll had been taken before the storm.'];
    expect(decoys.flatMap(found)).toEqual([]);
  });

  it('reads a finding\'s participle right after its noun: "with polls showing Lind ahead", "a survey finding that …"', () => {
    expect(found('Lind campaigned hard, with recent polls showing a tightening of the race.')).toEqual([['showing', 'recent polls', 'cue.finding']]);
    expect(found('The race is close, with the new harbour survey finding that most back Lind.')).toEqual([['finding', 'the new harbour survey', 'cue.finding']]);
    // Not after another noun, nor before a particle.
    const decoys = ['The crowd cheered, showing its support.', 'The ferry kept showing up late.', 'Polling showing up late cost the mayor.'];
    expect(decoys.flatMap(found)).toEqual([]);
  });

  it('reads a finding whose noun has a superlative or an "-ing" modifier: "the most recent poll", "the daily tracking poll"', () => {
    expect(found('The most recent survey shows the mayor has slipped to 31 percent.')).toEqual([['shows', 'The most recent survey', 'cue.finding']]);
    expect(found('The weekly tracking poll shows the mayor with a six-point lead.')).toEqual([['shows', 'The weekly tracking poll', 'cue.finding']]);
    // "most" as a quantifier still stands alone, and a verb's "-ing" still ends the phrase.
    expect(found('Most dock workers want a new contract.')).toEqual([['want', 'Most dock workers', 'cue.belief']]);
    expect(found('The old bridge shows its age.')).toEqual([]);
  });

  it('reads stances of a body after "which" and of a former official', () => {
    expect(found('The union, which endorsed Mayor Lind in November, is powerful.')).toEqual([['endorsed', 'which', 'cue.belief']]);
    expect(run('The union, which endorsed Mayor Lind in November, is powerful.').attributions[0]!.speaker.name).toBe('union');
    // A share's support inside a poll's findings stays the poll's: no attribution of its own.
    expect(found('The poll found that about three-quarters support a temporary ban on new permits.')).toEqual([['found', 'The poll', 'cue.finding']]);
    expect(found('Former Gazette reporter Ana Fields accused the campaign manager of lying.')).toEqual([['accused', 'Former Gazette reporter Ana Fields', 'cue.stance']]);
    // "which" after a thing, not a body, holds no view.
    expect(found('The bridge, which needed repairs, reopened.')).toEqual([]);
  });

  it('reads a base form after "a" and one word as a noun: "asked the candidates a simple question:"', () => {
    expect(found('Moderator Dan Muir asked the candidates a simple question: who will win?')).toEqual([['asked', 'Moderator Dan Muir', 'cue.stance']]);
    // Not past tenses, and not a determiner inside a prepositional phrase.
    expect(found('The meeting was leaked, a source said.')).toEqual([['said', 'a source', 'cue.speech-verb']]);
  });

  it('reads a public stance in any tense', () => {
    expect(found('The city is demanding a recount.')).toEqual([['demanding', 'The city', 'cue.stance']]);
    expect(found('Senator Hale has also questioned the cost of the dam.')).toEqual([['questioned', 'Senator Hale', 'cue.stance']]);
  });

  it('reads stances of recalling, thanking and expressing', () => {
    expect(found('Mayor Lind recalled the flood of 1998.')).toEqual([['recalled', 'Mayor Lind', 'cue.stance']]);
    expect(found('The harbor workers thanked the mayor for the new dock.')).toEqual([['thanked', 'The harbor workers', 'cue.stance']]);
    expect(found('Senator Hale expressed concern about the cost.')).toEqual([['expressed', 'Senator Hale', 'cue.stance']]);
    // Their nouns are no cues: "thanks to", "new faces and voices".
    expect(found('The dock reopened thanks to new faces and voices in the council.')).toEqual([]);
  });

  it('dates a subject by a month or year after "in"', () => {
    expect(found('A Harbor College poll in December found that the mayor had lost ground.')).toEqual([['found', 'A Harbor College poll', 'cue.finding']]);
  });

  it('reads "and" after a noun that is also a cue word as joining two verbs of one subject', () => {
    expect(found('Ms. Varga spoke with the staff about the post and said the office would close.')).toEqual([['said', 'Ms. Varga', 'cue.speech-verb']]);
  });

  it('reads a quantifier opening its clause as those who hold the view', () => {
    expect(found('Some fear the river will flood again.')).toEqual([['fear', 'Some', 'cue.belief']]);
    expect(found('The dock reopened, but many doubt it will last.')).toEqual([['doubt', 'many', 'cue.belief']]);
  });

  it('reads talking about a topic as a stance, with its preposition in the cue', () => {
    expect(found('Mayor Lind spoke about the levee for an hour.')).toEqual([['spoke about', 'Mayor Lind', 'cue.stance']]);
    expect(found('The senator often talks of a new harbor.')).toEqual([['talks of', 'The senator', 'cue.stance']]);
    // Talking without a topic is no stance.
    expect(found('Mayor Lind spoke at the harbor on Monday.')).toEqual([]);
  });

  it('reads subjects described by a relative clause, an aside or a participle', () => {
    expect(found('Residents who also lost homes said the aid was slow.')).toEqual([['said', 'Residents who also lost homes', 'cue.speech-verb']]);
    expect(found('That official, who spoke at length, said the talks failed.')).toEqual([['said', 'That official', 'cue.speech-verb']]);
    expect(found('A poll released Sunday by The Harbor Gazette and Harbor News shows the mayor ahead.')).toEqual([['shows', 'A poll released Sunday by The Harbor Gazette and Harbor News', 'cue.finding']]);
    expect(found('A projection from the Harbor Institute shows that the levee will fail.')).toEqual([['shows', 'A projection from the Harbor Institute', 'cue.finding']]);
  });

  it('is not a cue when the word means something else', () => {
    expect(found('The Kremlin showed little willingness to back off.')).toEqual([]);
    expect(found('Widespread protests have popped up in the capital.')).toEqual([]);
    expect(found('The mayor showed up late to the meeting.')).toEqual([]);
    expect(found('He used his first State of the Union address to warn Moscow.')).toEqual([]);
    expect(found('The firm maintained hiring at 200 a month.')).toEqual([]);
  });

  it('leaves a view inside reported speech to the speech verb', () => {
    expect(found('Ms. Varga said she plans to close the bridge.')).toEqual([['said', 'Ms. Varga', 'cue.speech-verb']]);
    // …and one inside what a poll found: the poll is the source of the whole clause.
    expect(found('The harbor poll found that 43 percent of residents support the levee.')).toEqual([['found', 'The harbor poll', 'cue.finding']]);
    // A finding without "that" embeds nothing.
    expect(found('The harbor poll shows Lind ahead as the mayor wants a recount.').map(([cue]) => cue)).toEqual(['shows', 'wants']);
  });
});

describe('the source of a figure', () => {
  const sources = (md: string) => run(md).claims.map((c) => [c.text, c.source?.name ?? null]);

  it('is the speaker whose reported clause follows a set-off cue', () => {
    expect(sources('While the Harbor Board lists the cost at $6.5 million, the auditor says it is $4.5 million.')).toEqual([
      ['$6.5 million', 'Harbor Board'],
      ['$4.5 million', 'auditor'],
    ]);
  });

  it('is the poll named after "in"', () => {
    expect(sources('The mayor had 45 percent in a new Tidewater Gazette poll released Thursday.')).toEqual([['45 percent', 'Tidewater Gazette']]);
  });

  it('is no one’s for "the polls" in general: "trails by 12 points in the polls"', () => {
    expect(sources('The mayor trails by 12 points in the polls.')).toEqual([['12 points', null]]);
  });

  it('is the poll last named when the article says "the poll"', () => {
    const md = 'A Tidewater Gazette poll shows the mayor at 41 percent. According to the poll, 12 percent are undecided.';
    expect(sources(md)).toEqual([
      ['41 percent', 'Tidewater Gazette'],
      ['12 percent', 'Tidewater Gazette'],
    ]);
  });

  it('is the article itself when the writer says "we know"', () => {
    expect(sources('We know their average age (63) and where they live.')).toEqual([['63', null]]);
  });
});

describe('speakers that sit further from the cue', () => {
  const found = (md: string) => run(md).attributions.map((a) => [a.cue.text, a.speaker.text]);

  it('reads a share of the people polled: "46 percent of voters said", "nine in 10 voters say"', () => {
    expect(found('Asked about the dam, 46 percent of voters said it should be rebuilt.')).toEqual([['said', '46 percent of voters']]);
    expect(found('Nine in 10 harbor workers say they fear the flood.')).toEqual([['say', 'Nine in 10 harbor workers']]);
  });

  it('reads a share standing alone for those polled: "Only 24 percent said", "more than 4 in 10 said"', () => {
    expect(found('The harbor poll was taken on Monday. Only 24 percent said the dam should be rebuilt.')).toEqual([['said', 'Only 24 percent']]);
    expect(found('Among dock workers, 74 percent said they would strike, and more than 4 in 10 said the port was unsafe.')).toEqual([
      ['said', '74 percent'],
      ['said', 'more than 4 in 10'],
    ]);
    expect(found('Two-thirds said the levee would hold.')).toEqual([['said', 'Two-thirds']]);
  });

  it('reads speakers described after their noun: "people close to the mayor", "officials familiar with the talks"', () => {
    expect(found('At times last year, people close to the mayor said, the mere mention of the port made him angry.')).toEqual([['said', 'people close to the mayor']]);
    expect(found('Officials familiar with the talks said the deal was near.')).toEqual([['said', 'Officials familiar with the talks']]);
    expect(found('Some delegates at the convention in Harborview said they welcomed the debate.')).toEqual([['said', 'Some delegates at the convention in Harborview']]);
  });

  it('gives "… and said" the subject of a clause whose first verb is irregular or follows an appositive', () => {
    expect(found('The governor met relatives of the victims on Thursday and said the state must act.')).toEqual([['said', 'The governor']]);
    expect(found('Tom Hale, a former state party chairman, became a delegate and said he backs the governor.')).toEqual([['said', 'Tom Hale']]);
  });

  it('keeps a pronoun subject even after "out": "check out what he called …"', () => {
    expect(found('Voters should check out what he called the “harbor scandal.”')).toEqual([['called', 'he']]);
  });

  it('reads shares of the people polled spelled out or qualified: "Seventy-four percent of registered voters say", "At least half of voters in each district say"', () => {
    expect(found('Seventy-four percent of registered voters say they trust the mayor.')).toEqual([['say', 'Seventy-four percent of registered voters']]);
    expect(found('And a full 79 percent of dock workers say they would back the strike.')).toEqual([['say', 'a full 79 percent of dock workers']]);
    expect(found('At least half of voters in each district say the port matters most.')).toEqual([['say', 'At least half of voters in each district']]);
  });

  it('reads a share after "a", with two qualifiers or a size: "Nearly a third say", "Just over a quarter say", "Large majorities of voters said"', () => {
    expect(found('Nearly a third say they do not know.')).toEqual([['say', 'Nearly a third']]);
    expect(found('Just over a quarter say the ferry should stop.')).toEqual([['say', 'Just over a quarter']]);
    expect(found('Large majorities of dock workers said they back the strike.')).toEqual([['said', 'Large majorities of dock workers']]);
    expect(found('Some 56 percent of harbor residents said the levee was too low.')).toEqual([['said', 'Some 56 percent of harbor residents']]);
    // "a" and a noun before a base form is still a noun phrase: "asked the crew a simple question".
    expect(found('The pilot asked the crew a simple question: “Who steers?”').map(([cue]) => cue)).toEqual(['asked']);
  });

  it('gives a share of those polled its views: "About 4 in 10 want …", "Just 30 percent of voters consider …"', () => {
    expect(found('About three-quarters support a new levee.')).toEqual([['support', 'About three-quarters']]);
    expect(found('About 4 in 10 want a mayor with experience.')).toEqual([['want', 'About 4 in 10']]);
    expect(found('Just 30 percent of all voters consider the mayor honest.')).toEqual([['consider', 'Just 30 percent of all voters']]);
    // A figure that is no share of people holds no view.
    expect(found('About 40 tons support the pier.')).toEqual([]);
  });

  it('reads nouns for people and bodies in lower case as speakers: "specialists", "politicians", "organizations", "the businessman"', () => {
    expect(found('But flood specialists say the levee will hold.')).toEqual([['say', 'flood specialists']]);
    expect(found('Local politicians said the ferry would run.')).toEqual([['said', 'Local politicians']]);
    expect(found('The organizations said they would sue the port.')).toEqual([['said', 'The organizations']]);
    expect(found('The businessman told reporters the deal was done.')).toEqual([['told', 'The businessman']]);
    // A bare noun for a thing after "but" is still none.
    expect(found('The pier is old, but flood timbers say little about its age.')).toEqual([]);
  });

  it('ends a subject at a clause opener, and reads the subject of a clause that "after" opens', () => {
    expect(found('The endorsement comes three days after Hale told the Gazette he was not ready.')).toEqual([['told', 'Hale']]);
    expect(found('The group issued a statement after harbor contender Tom Hale told a town hall that the plan would work.')).toEqual([['told', 'harbor contender Tom Hale']]);
    // "after the storm" is a time, not a clause with a speaker.
    expect(found('The report after the storm was grim.')).toEqual([]);
  });

  it('finds the subject of "… and said" after an introductory phrase', () => {
    expect(found('When asked about the port, Mrs. Lind shook her head and said the plan was dead.')).toEqual([['said', 'Mrs. Lind']]);
  });

  it('finds the subject of "… and said" past the conjunctions that open its clause, a time before a pronoun, and a relative aside', () => {
    expect(found('The horns sounded, and when Mayor Lind thanked the crew and said the port would reopen, a bell rang.')).toEqual([
      ['thanked', 'Mayor Lind'],
      ['said', 'Mayor Lind'],
    ]);
    expect(found('A few minutes later they closed the gates and said the ferry would not sail.')).toEqual([['said', 'they']]);
    expect(found('Ms. Varga, who was speaking to the dock workers, did not name the firm, but told them that the pier was unsafe.')).toEqual([['told', 'Ms. Varga']]);
  });

  it('gives ", but told" the subject of its clause', () => {
    expect(found('Hale did not name his rivals, but told his supporters that the port was in trouble.')).toEqual([['told', 'Hale']]);
  });

  it('reads a share written in words: "nearly three in five said"', () => {
    expect(found('Only a third of dock workers trust the mayor, and nearly three in five said they would vote against him.')).toEqual([
      ['trust', 'Only a third of dock workers'],
      ['said', 'nearly three in five'],
    ]);
  });

  it('reads a group that ends the clause: "…, say some engineers.", "…, donors said."', () => {
    expect(found('The dam may not be the answer, say some engineers.')).toEqual([['say', 'some engineers']]);
    expect(found('The deal came together quickly, donors said.')).toEqual([['said', 'donors']]);
  });

  it('reads a refusal: "declined to comment"', () => {
    expect(found('The mayor declined to comment on the levee.')).toEqual([['declined', 'The mayor']]);
  });

  it('gives a second verb the subject of the first: "… spoke at the forum and said …"', () => {
    expect(found('Senator Hale spoke at the harbor forum and said the dam would fail.')).toEqual([['said', 'Senator Hale']]);
  });

  it('reads a new clause after ", but he said"', () => {
    expect(found('Ms. Varga said the plan was sound, but she said the cost had doubled.')).toEqual([
      ['said', 'Ms. Varga'],
      ['said', 'she'],
    ]);
  });

  it('reads "who said" after a noun', () => {
    expect(found('The clubhouse was built by an architect who said he was never paid.')).toEqual([['said', 'who']]);
  });

  it('steps over a participle phrase after the subject', () => {
    expect(found('A harbor board report released last year found that the dock was unsafe.')).toEqual([['found', 'A harbor board report']]);
  });

  it('takes a subject with its complement: "Experts on flood defence said"', () => {
    expect(found('Experts on flood defence and river engineering said the levee was too low.')).toEqual([
      ['said', 'Experts on flood defence and river engineering'],
    ]);
  });
});

describe('more cues', () => {
  const found = (md: string) => run(md).attributions.map((a) => [a.cue.text, a.speaker.text, a.rule]);

  it('reads a headline or line that opens with a name and a colon', () => {
    expect(found('Varga: The Bridge Will Reopen in May')).toEqual([[':', 'Varga', 'cue.name-colon']]);
    expect(found('Harbor Board camp: The dam is safe.')).toEqual([[':', 'Harbor Board camp', 'cue.name-colon']]);
    expect(found('Update: The bridge reopened.')).toEqual([]);
  });

  it('gives a participle after a comma the subject of its clause', () => {
    expect(found('The mayor closed the bridge, citing a new safety report.')).toEqual([['citing', 'The mayor', 'cue.participle']]);
    // After a quoted line too, as PolNeAR's annotators read it: she refers to the levee.
    expect(found('“It will hold,” said Ms. Varga, referring to the levee.')).toEqual([
      ['said', 'Ms. Varga', 'cue.speech-verb.after-quote'],
      ['referring', 'Ms. Varga', 'cue.participle'],
    ]);
  });

  it('reads a weak cue after a quote and a titled name: `,” Mr. Obama added.`', () => {
    expect(found('“We will rebuild the port,” Mr. Okafor added.')).toEqual([['added', 'Mr. Okafor', 'cue.speech-verb']]);
    expect(found("''The voters are furious,'' Ms. Lind noted.")).toEqual([['noted', 'Ms. Lind', 'cue.speech-verb']]);
  });

  it('reads a speech-only weak cue set off by commas without a quote: "…, his sister added."', () => {
    expect(found('The ferry will run again in May, his sister added.')).toEqual([['added', 'his sister', 'cue.speech-verb']]);
    expect(found('The bridge, the harbor master noted, had never closed before.')).toEqual([['noted', 'the harbor master', 'cue.speech-verb']]);
    // A weak cue of another sense stays out, and so does one with an object after it.
    expect(found('The shelling continued, the villagers added.').map(([cue]) => cue)).toEqual(['added']);
    expect(found('The dock is closed, the storm continued.')).toEqual([]);
    expect(found('The crew grew, and the captain added a new cook.')).toEqual([]);
  });

  it('knows verbs that double their last consonant', () => {
    expect(found('The council planned to close the bridge.')).toEqual([['planned', 'The council', 'cue.belief']]);
    expect(found('Critics slammed the levee plan.')).toEqual([['slammed', 'Critics', 'cue.stance']]);
  });
});

describe('subjects with prepositional complements', () => {
  const found = (md: string) => run(md).attributions.map((a) => [a.cue.text, a.speaker.text]);

  it('takes the whole subject before a chain of prepositions', () => {
    expect(found('A 2019 report by the Center for River and Delta Studies found that the dam leaked.')).toEqual([
      ['found', 'A 2019 report by the Center for River and Delta Studies'],
    ]);
    expect(found('The Tidewater average of polls taken over two weeks shows the mayor ahead.')).toEqual([
      ['shows', 'The Tidewater average of polls'],
    ]);
  });
});

describe('claim nouns', () => {
  const sources = (md: string) => run(md).claims.map((c) => [c.text, c.source?.name ?? null]);

  it('attributes the "that" clause of a named claim to its owner', () => {
    expect(sources("Despite Ms. Varga's claims that the dam cost $40 million, the audit disagrees.")).toEqual([['$40 million', 'Varga']]);
    const [claim] = run("Despite Ms. Varga's claims that the dam cost $40 million, the audit disagrees.").attributions;
    expect(claim!.rule).toBe('cue.claim-noun');
  });

  it('reads a possessed speaker\'s verb as a verb: "Mr. Harlan\'s party estimates that …"', () => {
    expect(sources("Ms. Varga's party estimates that 12% of the farmland was lost.")).toEqual([['12%', 'Ms. Varga\'s party']]);
  });

  it('reads "his recent claim" as a noun, not as a speaker "His recent"', () => {
    const attributions = run('His recent claim that 81 percent of the levee failed was wrong.').attributions;
    expect(attributions.map((a) => a.speaker.text)).not.toContain('His recent');
  });
});

describe('who gives a figure', () => {
  const sources = (md: string) => run(md).claims.map((c) => [c.text, c.source?.name ?? null]);

  it('is the author of a document after "according to": "an analysis by the …"', () => {
    expect(sources('Turnout rose 5 percent, according to an analysis by the Harbour Research Center.')).toEqual([['5 percent', 'Harbour Research Center']]);
  });

  it('is whoever puts or pegs a figure at a value', () => {
    expect(sources('The Ledger put his net worth at $45 million.')).toEqual([['$45 million', 'Ledger']]);
    expect(sources('Tidewater Wealth pegged her at $2.9 billion.')).toEqual([['$2.9 billion', 'Tidewater Wealth']]);
    expect(run('The clerk put the files in a box.').attributions).toEqual([]);
  });

  it('is the report named at the end of the sentence: "…, the analysis shows."', () => {
    expect(sources('Turnout was 17 percent, the highest since 1980, the Harbour Institute analysis shows.')).toEqual([['17 percent', 'Harbour Institute']]);
  });
});

describe('a figure inside the speaker', () => {
  it('belongs to the report around it: "The poll found that 43 percent of voters support …"', () => {
    const md = 'A Tidewater Gazette poll was released Monday. The Tidewater Gazette poll found that 43 percent of voters support the dam.';
    const [claim] = run(md).claims;
    expect(claim!.source?.name).toBe('Tidewater Gazette');
  });
});

describe('a share of respondents as the speaker', () => {
  const sources = (md: string) => run(md).claims.map((c) => [c.text, c.source?.name ?? null]);

  it('speaks for the poll around it: "…, the poll found, while 60 percent said …"', () => {
    const md = 'The Harbour Institute poll found that 38 percent of residents said the ferry should run at night, while 60 percent said it should not.';
    expect(sources(md)).toEqual([
      ['38 percent', 'Harbour Institute'],
      ['60 percent', 'Harbour Institute'],
    ]);
  });

  it('is no source of its own outside a poll: "Six in 10 say …, while half said …"', () => {
    const md = 'Six in 10 say the ferry is too slow, while half said so a year ago.';
    expect(sources(md)).toEqual([
      ['Six in 10', null],
      ['half', null],
    ]);
  });

  it('leaves a named speaker alone: "The mayor said 60 percent …"', () => {
    expect(sources('The mayor said 60 percent of the ferries ran late.')).toEqual([['60 percent', 'mayor']]);
  });
});

describe('signatures and labels', () => {
  const sources = (md: string) => run(md).claims.map((c) => [c.text, c.source?.name ?? null]);

  it('reads a party label before a transcript colon', () => {
    expect(sources('Rep. Ada Lund (R-Ore.):"I have never heard 90 percent before."')).toEqual([['90 percent', 'Ada Lund']]);
  });

  it('reads a spaced hyphen that signs a quotation', () => {
    expect(sources('"The levee held for 40 years."  - Ilse Varga.')).toEqual([['40', 'Ilse Varga']]);
  });

  it('keeps a parenthetical correction out of a claim noun\'s clause', () => {
    const md = "Ms. Varga's claim that 81 percent of homes flooded (the actual number is closer to 15 percent, according to the Harbour Institute) spread fast.";
    expect(sources(md)).toEqual([
      ['81 percent', 'Varga'],
      ['15 percent', 'Harbour Institute'],
    ]);
  });
});

describe('passives that name their source', () => {
  it('reads "estimated by", "reported by": the agent is the source', () => {
    const [a] = run('He is worth less than the $36.5 billion estimated by the Harbour Ledger.').attributions;
    expect([a!.cue.text, a!.speaker.text, a!.rule]).toEqual(['estimated by', 'the Harbour Ledger', 'cue.passive-by']);
    expect(run('He is worth less than the $36.5 billion estimated by the Harbour Ledger.').claims[0]!.source?.name).toBe('Harbour Ledger');
  });

  it('is no attribution when the agent cannot speak', () => {
    expect(run('The plan was backed by 40 votes.').attributions).toEqual([]);
  });
});

describe('speakers described by a clause', () => {
  it('reads a relative clause before the cue as part of its speaker, resolved to the noun it describes', () => {
    expect(attributions('Workers who watched the vote said they were unfazed.')).toEqual([['said', 'Workers who watched the vote', 'Workers']]);
    expect(attributions('Voters who backed Okafor say they are angry.')).toEqual([['say', 'Voters who backed Okafor', 'Voters']]);
    expect(attributions('The senator who chaired the hearing said it was over.')).toEqual([['said', 'The senator who chaired the hearing', 'senator']]);
    // "who" that is itself the subject of the cue still stands for the noun before it.
    expect(attributions('An architect who said the plan was flawed resigned.')).toEqual([['said', 'who', 'architect']]);
  });

  it('reads a sentence-opening "That" before a noun as its determiner', () => {
    expect(attributions('That person said the hostility hampered him.')).toEqual([['said', 'That person', 'person']]);
  });

  it('finds "… and said" after a clause that ends in a quoted word', () => {
    expect(attributions('The mayor called the plan a “disgrace” and said it would fail.').map(([cue, speaker]) => [cue, speaker])).toEqual([['called', 'The mayor'], ['said', 'The mayor']]);
    // Inside a participle's clause the second verb is not the subject's own cue.
    const cues = attributions('The ministry confirmed it will not join the talks, saying it opposes “unilateral” measures and doubts they would work.').map(([cue, speaker]) => `${cue}:${speaker}`);
    expect(cues).not.toContain('doubts:The ministry');
  });
});

describe('findings named with dates, names and opening adjectives', () => {
  it('reads a month before a finding noun, a name with "New" or "of" before it, and an opening adjective', () => {
    expect(attributions('A June poll found that voters were worried.')).toEqual([['found', 'A June poll', 'June poll']]);
    expect(attributions('A New Harbor Times poll found that voters were worried.')).toEqual([['found', 'A New Harbor Times poll', 'New Harbor Times']]);
    expect(attributions('A University of Kell poll shows Okafor ahead.')).toEqual([['shows', 'A University of Kell poll', 'University of Kell']]);
    expect(attributions('New polls show Okafor ahead.')).toEqual([['show', 'New polls', 'New polls']]);
    // A sentence-opening word that is no adjective stays out of the speaker.
    expect(attributions('Here voters say they are angry.')).toEqual([['say', 'voters', 'voters']]);
  });

  it('does not take "New Kestania" for a person a pronoun could stand for', () => {
    const r = run('My father moved us to New Kestania. He said the port had closed.');
    expect(r.attributions.map((a) => a.speaker.name)).not.toContain('New Kestania');
  });
});
