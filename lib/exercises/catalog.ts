import type { Exercise } from './types';

/**
 * Steady's exercise library.
 *
 * Writing rules (see docs/CONTENT.md): every word written for Steady, never copied from a source;
 * invitations, not commands; the first step always says the person can stop; no shaming, no streaks;
 * gender-neutral; no religious defaults; touch always optional; short sentences for a small popup.
 *
 * Order: grouped by approach (in APPROACHES order) and, within each approach, exercises that are
 * eyes-open and not breath-focused come first. Ids are stable forever: never rename one.
 */
export const EXERCISES: readonly Exercise[] = [
  // ── Somatic Experiencing ────────────────────────────────────────────────
  {
    id: 'orienting',
    title: 'Look around the room',
    approach: 'somatic-experiencing',
    durationSeconds: 60,
    summary: 'Let your eyes take in the space around you, at your own pace.',
    kind: 'steps',
    steps: [
      { text: 'You can stop whenever you like. Nothing here has to go well.', seconds: 8 },
      { text: 'If it feels okay, let your eyes wander around the room. There is no hurry.', seconds: 15 },
      { text: 'You might turn your head slowly toward whatever catches your eye.', seconds: 12 },
      { text: 'Perhaps name three things you can see, silently or out loud.', seconds: 15 },
      { text: 'You are here, in this room, right now. You might let that sink in.', seconds: 10 },
    ],
    tags: { eyesOpen: true, breathFocus: false, touch: false },
    caution:
      'If looking around makes you feel more on alert, you can let your eyes rest on one calm object instead.',
    alternative: 'Listen instead: name three sounds you can hear, some near and some far away.',
    source: 'Somatic Experiencing (Peter Levine; Payne, Levine & Crane-Godreau 2015): orienting to the here and now.',
    evidence:
      'Preliminary: Somatic Experiencing has a few small trials of mixed quality (Kuhfuß et al. 2021 review); this exercise alone is untested.',
  },
  {
    id: 'five-senses',
    title: '5-4-3-2-1 senses',
    approach: 'somatic-experiencing',
    durationSeconds: 120,
    summary: 'A gentle tour of your senses, from five things down to one.',
    kind: 'steps',
    steps: [
      { text: 'This is yours to shape. You can skip any sense, or stop at any point.', seconds: 8 },
      { text: 'You might find five things you can see. Colours and shapes count.', seconds: 25 },
      { text: 'Then four things you can feel, like your sleeve, the chair or the air on your face.', seconds: 25 },
      { text: 'Three things you can hear. Quiet sounds count too.', seconds: 22 },
      { text: 'Two things you can smell, or two smells you enjoy.', seconds: 20 },
      { text: 'One thing you can taste, or one kind word for yourself.', seconds: 20 },
    ],
    tags: { eyesOpen: true, breathFocus: false, touch: false },
    caution: 'If a sense brings up something unpleasant, move on to the next one, or stay with sight and sound.',
    alternative: 'Do only the first and third parts: things you can see and things you can hear.',
    source:
      'A widely used grounding skill (e.g. Najavits, Seeking Safety, 2002); its outward focus is close to orienting in Somatic Experiencing.',
    evidence: 'Common in trauma care; no trial of this exercise on its own.',
  },
  {
    id: 'pendulation',
    title: 'Between okay and tense',
    approach: 'somatic-experiencing',
    durationSeconds: 150,
    summary: 'Rest on a part of you that feels okay, and visit a little tension only if you choose.',
    kind: 'steps',
    steps: [
      { text: 'You are in charge here. You can stop, or stay with the easy part, at any time.', seconds: 10 },
      {
        text: 'If you like, look for a part of your body that feels okay or neutral. Hands, feet or earlobes often work.',
        seconds: 25,
      },
      { text: 'You might stay there for a while. Is it warm, cool, still, heavy?', seconds: 30 },
      { text: 'Only if it feels manageable, notice a spot with a little tension. A mild one.', seconds: 20 },
      { text: 'You could visit it briefly with your attention, then return to the okay place.', seconds: 30 },
      { text: 'Perhaps move back and forth once or twice, at your own pace.', seconds: 20 },
      { text: 'You might finish on the okay place, then let your eyes take in the room again.', seconds: 15 },
    ],
    tags: { eyesOpen: false, breathFocus: false, touch: false },
    caution:
      'Stay with mild body sensations only, never memories. If something feels big, go back to the okay place or look around the room.',
    alternative: 'Do it with your eyes: look at something you like, then at something plain, then back to what you like.',
    source: 'Pendulation, a core Somatic Experiencing technique (Peter Levine 1997; Payne, Levine & Crane-Godreau 2015).',
    evidence: 'Central to SE; evidence for SE is preliminary and mixed in quality (Kuhfuß et al. 2021 review).',
  },

  // ── Sensorimotor Psychotherapy ──────────────────────────────────────────
  {
    id: 'feet-and-hands',
    title: 'Feet on the floor',
    approach: 'sensorimotor',
    durationSeconds: 60,
    summary: 'Feel the floor and the chair holding you up.',
    kind: 'steps',
    steps: [
      { text: 'If at any moment you want to stop, that is completely fine.', seconds: 6 },
      { text: 'You might place both feet flat on the floor, if that is comfortable.', seconds: 10 },
      { text: 'You could press your heels down gently, then let go. The floor pushes back.', seconds: 14 },
      { text: 'If you like, press your palms onto the seat or a table for a moment, then release.', seconds: 14 },
      { text: 'Perhaps notice what is holding you up right now: the floor, the chair, the ground below.', seconds: 16 },
    ],
    tags: { eyesOpen: true, breathFocus: false, touch: false },
    caution: 'Pressing lightly is enough. If it feels like effort or strain, simply rest your feet where they are.',
    alternative: 'Hold something with a clear texture, like a key or a smooth stone, and feel its weight and edges.',
    source:
      'Grounding in Sensorimotor Psychotherapy (Pat Ogden; Ogden, Minton & Pain 2006), also used in Seeking Safety (Najavits 2002).',
    evidence: 'Widely used clinical grounding skill; no trial of this exercise alone.',
  },
  {
    id: 'wall-push',
    title: 'Push against a wall',
    approach: 'sensorimotor',
    durationSeconds: 60,
    summary: 'Feel your own strength by pushing gently against something solid.',
    kind: 'steps',
    steps: [
      { text: 'You can leave this at any point. Go only as far as feels good.', seconds: 6 },
      { text: 'If there is a wall nearby, you might stand facing it, about an arm’s length away.', seconds: 10 },
      {
        text: 'You could place your palms on the wall and push slowly, using only part of your strength.',
        seconds: 16,
      },
      { text: 'Perhaps notice your arms, back and legs working together, feet steady on the floor.', seconds: 14 },
      { text: 'You might ease off slowly, push once or twice more, then let your arms rest.', seconds: 14 },
    ],
    tags: { eyesOpen: true, breathFocus: false, touch: false },
    caution:
      'Skip this if it strains your wrists, shoulders or back. Pushing can stir strong feelings for some people; gentle is enough.',
    alternative: 'Sitting down, you could press your hands flat on a table, or your feet into the floor, for a few seconds.',
    source:
      'A pushing action from Sensorimotor Psychotherapy (Ogden, Minton & Pain 2006; Ogden & Fisher 2015), used to build a felt sense of strength and boundaries.',
    evidence: 'Based on clinical practice and theory; no trial of this exercise alone.',
  },
  {
    id: 'alignment',
    title: 'Lengthen and settle',
    approach: 'sensorimotor',
    durationSeconds: 90,
    summary: 'Find a posture that feels a little more upright and steady, your way.',
    kind: 'steps',
    steps: [
      { text: 'Feel free to stop at any time, or simply read along.', seconds: 6 },
      { text: 'If you like, notice how you are sitting or standing. No need to change anything yet.', seconds: 14 },
      { text: 'You might let your spine lengthen a little, as if your head were floating upward.', seconds: 16 },
      { text: 'Perhaps let your shoulders settle, only as much as feels comfortable.', seconds: 16 },
      { text: 'You could sense the middle of your body, from your seat up to the top of your head.', seconds: 18 },
      { text: 'From here, you might look around. Does anything feel different? Any small change counts.', seconds: 20 },
    ],
    tags: { eyesOpen: true, breathFocus: false, touch: false },
    caution: 'If sitting tall feels exposed, a curled or relaxed shape is fine too. Somewhere in between also works.',
    alternative: 'Lean back and let the chair take your weight while you look at something in the room.',
    source: 'Alignment and centring as a somatic resource in Sensorimotor Psychotherapy (Ogden & Fisher 2015).',
    evidence: 'Based on clinical practice; no direct trial.',
  },

  // ── Trauma-informed yoga ────────────────────────────────────────────────
  {
    id: 'seated-mountain',
    title: 'Seated mountain, your way',
    approach: 'trauma-informed-yoga',
    durationSeconds: 90,
    summary: 'A steady seated posture, with choices all the way through.',
    kind: 'steps',
    steps: [
      { text: 'There are choices all through this. You can pause or stop whenever you want.', seconds: 8 },
      { text: 'You might sit toward the front of your seat, or stay just as you are.', seconds: 12 },
      { text: 'If it is comfortable, your feet could find the floor, about hip-width apart.', seconds: 12 },
      { text: 'Your hands can rest wherever they like: on the chair, the table or in your lap.', seconds: 14 },
      { text: 'Perhaps notice what you are sitting on and the length of your back. Any shape is welcome.', seconds: 16 },
      { text: 'Your gaze can stay soft on one spot, or wander around the room.', seconds: 14 },
      { text: 'When you are ready, you might let the posture go in whatever way feels right.', seconds: 14 },
    ],
    tags: { eyesOpen: true, breathFocus: false, touch: false },
    caution: 'Any version counts as the whole thing. Move or stop if anything hurts or feels tight.',
    alternative: 'Stay in whatever position you are in and find one place where your body is supported.',
    source:
      'Trauma-sensitive yoga (Emerson & Hopper 2011), which puts choice and noticing ahead of getting a pose right.',
    evidence:
      'RCT: 10 weekly trauma-sensitive yoga classes led to more PTSD remission than a control group (van der Kolk et al. 2014); this short posture alone is untested.',
  },
  {
    id: 'shoulder-and-neck',
    title: 'Small shoulder and neck movements',
    approach: 'trauma-informed-yoga',
    durationSeconds: 90,
    summary: 'Slow, small movements to loosen what feels held.',
    kind: 'steps',
    steps: [
      { text: 'Only move in ways that feel good. Stopping is always an option.', seconds: 8 },
      { text: 'If you like, lift your shoulders a little toward your ears, then let them drop.', seconds: 16 },
      { text: 'You might roll your shoulders slowly, forward or back, whichever you prefer.', seconds: 16 },
      { text: 'You could tip your head gently toward one shoulder, then the other. Small is plenty.', seconds: 16 },
      { text: 'Or perhaps turn your head slowly to look over one shoulder, then the other.', seconds: 16 },
      { text: 'How do your neck and shoulders feel now? Any difference is fine, and so is none.', seconds: 18 },
    ],
    tags: { eyesOpen: true, breathFocus: false, touch: false },
    caution: 'Keep movements small and slow. Skip any that cause pain, dizziness or strain.',
    alternative: 'Wiggle your fingers and toes, or open and close your hands, while you look around the room.',
    source: 'Trauma-sensitive yoga (Emerson & Hopper 2011): simple movement offered as an invitation, chosen by you.',
    evidence:
      'RCT: 10 weekly trauma-sensitive yoga classes led to more PTSD remission than a control group (van der Kolk et al. 2014); these movements alone are untested.',
  },
  {
    id: 'longer-out-breath',
    title: 'A longer out-breath',
    approach: 'trauma-informed-yoga',
    durationSeconds: 90,
    summary: 'Slow breathing where the out-breath is a little longer. No holding.',
    kind: 'breathing',
    breathing: { inhale: 4, holdIn: 0, exhale: 6, holdOut: 0 },
    steps: [
      { text: 'This is optional from start to finish. You can stop, or breathe your own way, at any moment.', seconds: 10 },
      {
        text: 'If it feels okay, follow the guide: a gentle in-breath, then a slightly longer out-breath. No holding.',
        seconds: 70,
      },
      { text: 'You can let your breath return to its own rhythm. How do you feel now?', seconds: 10 },
    ],
    tags: { eyesOpen: true, breathFocus: true, touch: false },
    caution:
      'Stop if you feel dizzy or light-headed. Paying attention to the breath makes some people more tense; if so, an eyes-open exercise may suit you better.',
    alternative: 'Look around and name three things you can see, and let your breath do whatever it does.',
    source:
      'Slow breathing with a longer exhale, offered as a choice in trauma-sensitive yoga (Emerson & Hopper 2011); close to the exhale-focused breathing studied by Balban et al. (2023).',
    evidence:
      'RCT in healthy adults: 5 minutes a day of exhale-focused breathing for a month improved mood (Balban et al. 2023); not tested in trauma survivors.',
  },

  // ── EMDR-style resourcing ───────────────────────────────────────────────
  {
    id: 'butterfly-hug',
    title: 'Butterfly hug',
    approach: 'emdr-resourcing',
    durationSeconds: 60,
    summary: 'Slow, gentle tapping across your chest while you stay with the present.',
    kind: 'steps',
    steps: [
      { text: 'You can stop whenever it feels like enough, or sooner.', seconds: 6 },
      {
        text: 'If touch feels okay today, you might cross your arms so your fingertips rest just below your collarbones.',
        seconds: 12,
      },
      { text: 'You could tap slowly, left then right, like the wings of a resting butterfly.', seconds: 20 },
      { text: 'Your eyes can stay on the room, or on something pleasant nearby.', seconds: 12 },
      { text: 'When you are ready, let your hands rest. How do you feel?', seconds: 10 },
    ],
    tags: { eyesOpen: true, breathFocus: false, touch: true },
    caution:
      'Pair it only with the present moment or pleasant things, never with hard memories. Keep it slow and short.',
    alternative: 'Tap your feet slowly on the floor, left then right, while you look around the room.',
    source: 'The butterfly hug, created by Lucina Artigas in 1998 and used in EMDR therapy (Jarero & Artigas 2021).',
    evidence: 'Used in EMDR practice and group work; little research on it as a stand-alone calming skill.',
  },
  {
    id: 'container',
    title: 'A container for now',
    approach: 'emdr-resourcing',
    durationSeconds: 90,
    summary: 'Set what is weighing on you aside for a while, in a container you imagine.',
    kind: 'steps',
    steps: [
      { text: 'You can set this down at any time. It is meant to lighten things, not to push.', seconds: 8 },
      {
        text: 'You might imagine a strong container: a box, a safe, a jar with a tight lid, whatever you like.',
        seconds: 18,
      },
      {
        text: 'If it feels right, put what is bothering you inside. You do not need to name it or look at it.',
        seconds: 20,
      },
      { text: 'You could close it in a way that feels secure. Locks, straps, a heavy lid.', seconds: 16 },
      { text: 'Perhaps choose where it waits: a shelf, a vault, somewhere far away.', seconds: 14 },
      { text: 'You can come back to it later, when you choose, and with support if you want it.', seconds: 14 },
    ],
    tags: { eyesOpen: false, breathFocus: false, touch: false },
    caution:
      'This is a pause, not a way to make feelings disappear. If imagining is hard, a drawing or a real box can help.',
    alternative: 'Write a word or a mark for what is bothering you on paper, fold it, and put it in a drawer for now.',
    source: 'The container, a resource from the preparation phase of EMDR therapy (Shapiro 2018).',
    evidence: 'Common in EMDR preparation; no trial of it on its own.',
  },
  {
    id: 'calm-place',
    title: 'A calm place',
    approach: 'emdr-resourcing',
    durationSeconds: 120,
    summary: 'Visit a place, real or imagined, where you feel at ease.',
    kind: 'steps',
    steps: [
      { text: 'Feel free to stop at any moment. Your eyes can stay open the whole time.', seconds: 8 },
      {
        text: 'You might bring to mind a place where you feel calm or at ease. Real or imagined, indoors or out.',
        seconds: 22,
      },
      { text: 'If a place brings up anything hard, you could choose another, or stay with this room.', seconds: 12 },
      { text: 'What might you see there? Colours, light, shapes.', seconds: 20 },
      { text: 'What might you hear, or feel on your skin? Perhaps air, sun or a soft blanket.', seconds: 22 },
      { text: 'You could give the place a word, like “shore” or “window”, to find it again.', seconds: 18 },
      { text: 'When you are ready, let the place fade and look around the room you are in.', seconds: 18 },
    ],
    tags: { eyesOpen: false, breathFocus: false, touch: false },
    caution:
      'Keep the place free of hard memories. If nothing feels calm, an ordinary place works too, or you can skip this one.',
    alternative: 'Look at a picture of a peaceful place, or out of a window, and take in its details.',
    source: 'The calm (or safe) place, a resourcing exercise from EMDR preparation (Shapiro 2018).',
    evidence: 'Widely used in EMDR preparation; little direct research on it alone.',
  },

  // ── Compassion-focused ──────────────────────────────────────────────────
  {
    id: 'self-compassion-break',
    title: 'A kind pause',
    approach: 'compassion-focused',
    durationSeconds: 90,
    summary: 'Three small steps toward meeting a hard moment with kindness.',
    kind: 'steps',
    steps: [
      { text: 'If this does not feel right today, you can stop or skip ahead.', seconds: 6 },
      { text: 'You might quietly admit to yourself: right now, this is difficult.', seconds: 20 },
      { text: 'Perhaps remember that hard moments are part of being human. Many people feel something like this.', seconds: 20 },
      { text: 'If it feels okay, offer yourself a kind phrase: “I can go easy on myself,” or words of your own.', seconds: 24 },
      { text: 'The words can land however they land. Even a little kindness counts.', seconds: 20 },
    ],
    tags: { eyesOpen: true, breathFocus: false, touch: false },
    caution: 'Kindness can sometimes stir up sadness or grief. That makes sense, and stopping is fine.',
    alternative: 'Think of what you would say to a friend in your place, write it down, and read it back to yourself.',
    source:
      'Adapted from Kristin Neff’s self-compassion break (Neff 2003; Neff & Germer 2013), a close relative of compassion-focused therapy.',
    evidence:
      'Meta-analysis of 27 RCTs of self-compassion programmes: moderate effects on stress, depression and anxiety (Ferrari et al. 2019).',
  },
  {
    id: 'supportive-touch',
    title: 'A comforting hand',
    approach: 'compassion-focused',
    durationSeconds: 60,
    summary: 'Rest a hand somewhere comforting, if touch feels okay today.',
    kind: 'steps',
    steps: [
      { text: 'Touch is optional here, and so is finishing. You can stop at any point.', seconds: 6 },
      {
        text: 'If it feels okay, you might rest a hand somewhere comforting: your chest, your cheek or your upper arm.',
        seconds: 14,
      },
      { text: 'Perhaps notice the warmth and gentle pressure of your hand.', seconds: 16 },
      { text: 'You can breathe however you like. There is nothing else to do.', seconds: 12 },
      { text: 'When you are ready, your hand can go back to resting.', seconds: 12 },
    ],
    tags: { eyesOpen: true, breathFocus: false, touch: true },
    caution: 'Touch can bring back memories for some people. Holding a warm mug or a soft fabric works just as well.',
    alternative: 'Hold a warm drink or a soft piece of fabric and notice its warmth and texture.',
    source: 'Supportive touch from self-compassion practice (Neff & Germer 2013), studied by Dreisoerner et al. (2021).',
    evidence:
      'RCT (n=159): a brief hand-on-heart or hug lowered the cortisol response to stress, though self-reported stress did not change (Dreisoerner et al. 2021).',
  },
  {
    id: 'compassionate-other',
    title: 'Someone on your side',
    approach: 'compassion-focused',
    durationSeconds: 150,
    summary: 'Imagine a kind presence that is fully on your side.',
    kind: 'steps',
    steps: [
      { text: 'You can stop at any time. There is no right way to picture this.', seconds: 10 },
      {
        text: 'If you like, imagine a presence that is on your side. A person, an animal, a tree, a light or a place.',
        seconds: 25,
      },
      { text: 'It is wise, steady and warm. It wishes you well and is not put off by how you feel.', seconds: 25 },
      { text: 'You might imagine how it sounds or moves: calm, unhurried, kind.', seconds: 30 },
      { text: 'What might it say to you right now? Perhaps something simple and supportive.', seconds: 35 },
      { text: 'When you are ready, let the image fade and look around the room.', seconds: 25 },
    ],
    tags: { eyesOpen: false, breathFocus: false, touch: false },
    caution:
      'Kindness can feel unfamiliar or even uncomfortable at first; that is common. A non-human figure may feel easier than a person.',
    alternative: 'Read a kind message someone once sent you, or write the one you would like to receive.',
    source: 'Compassionate other imagery from compassion-focused therapy (Paul Gilbert; Gilbert 2010).',
    evidence:
      'CFT reviews are favourable but call for more trials (Leaviss & Uttley 2015); fear of compassion is common and worth going slowly with (Gilbert et al. 2011).',
  },
  {
    id: 'soothing-rhythm',
    title: 'Soothing rhythm breathing',
    approach: 'compassion-focused',
    durationSeconds: 120,
    summary: 'A slow, comfortable breathing rhythm with a soft, friendly face.',
    kind: 'breathing',
    breathing: { inhale: 5, holdIn: 0, exhale: 6, holdOut: 0 },
    steps: [
      { text: 'Your breath, your pace. You can stop, or set the guide aside, whenever you like.', seconds: 10 },
      {
        text: 'If you like, sit in a way that feels steady and let your face soften, maybe with a small, friendly expression.',
        seconds: 15,
      },
      { text: 'You could follow the guide: a slow, comfortable rhythm, with no holding.', seconds: 80 },
      { text: 'You can let the guide go now. Does anything feel a little steadier?', seconds: 15 },
    ],
    tags: { eyesOpen: true, breathFocus: true, touch: false },
    caution: 'Never force the breath. If slowing down feels uncomfortable, breathe normally and just soften your face.',
    alternative: 'Rest your eyes on something calming, let your breath be as it is, and let your face and shoulders soften.',
    source: 'Soothing rhythm breathing from compassion-focused therapy (Paul Gilbert; Gilbert 2010).',
    evidence: 'CFT reviews are favourable but early (Leaviss & Uttley 2015); this part on its own has not been tested.',
  },

  // ── Co-regulation ───────────────────────────────────────────────────────
  {
    id: 'connection-reminder',
    title: 'A reminder of connection',
    approach: 'co-regulation',
    durationSeconds: 60,
    summary: 'Look at something that reminds you of someone or somewhere safe.',
    kind: 'steps',
    steps: [
      { text: 'You can stop whenever you want. This is only an invitation.', seconds: 6 },
      {
        text: 'You might look for something near you that reminds you of a safe person, pet or place. A photo, a gift, a message.',
        seconds: 18,
      },
      { text: 'If nothing is nearby, you could picture it, or choose something that simply looks friendly.', seconds: 10 },
      { text: 'There is no hurry. What do you notice about it?', seconds: 14 },
      { text: 'Perhaps let yourself remember that connection exists, even right now.', seconds: 12 },
    ],
    tags: { eyesOpen: true, breathFocus: false, touch: false },
    caution: 'If a reminder brings mixed feelings, a neutral object, like a plant or a favourite mug, is fine.',
    alternative: 'Look at a friendly object in the room, like a plant or a favourite cup, and take in its details.',
    source:
      'Co-regulation and felt safety through connection (Porges 2011; Herman 1992); a small reminder that points toward your people, not a substitute for them.',
    evidence:
      'Social support is one of the strongest protective factors after trauma (Brewin, Andrews & Valentine 2000 meta-analysis); this exercise itself is untested.',
  },
  {
    id: 'steady-voice',
    title: 'A steady voice',
    approach: 'co-regulation',
    durationSeconds: 90,
    summary: 'Call to mind the voice of someone who helps you feel safe.',
    kind: 'steps',
    steps: [
      { text: 'Whenever you want to stop, you can. Your eyes can stay open if you prefer.', seconds: 8 },
      {
        text: 'If it feels okay, bring to mind someone whose voice feels safe: a friend, a relative, a teacher, a favourite radio host.',
        seconds: 18,
      },
      { text: 'You might imagine them saying your name in their usual, easy way.', seconds: 16 },
      { text: 'What might they say right now? Perhaps something simple: “I’m here.” “Take your time.”', seconds: 20 },
      { text: 'If you like, notice how that tone feels, even from memory.', seconds: 14 },
      { text: 'You could reach out to them later, if and when you want to. That is up to you.', seconds: 14 },
    ],
    tags: { eyesOpen: false, breathFocus: false, touch: false },
    caution:
      'If no one comes to mind, that is okay; many people are still finding their people. A kind voice from a book, film or song works too.',
    alternative: 'Listen to a recording of a calm voice you like, or reread a message from someone who cares about you.',
    source:
      'Co-regulation and attachment (Bowlby; Porges 2011): calling up a safe person’s voice as an inner resource.',
    evidence:
      'Mostly theory; in one lab study, hearing their mother’s voice by phone eased children’s stress hormones (Seltzer et al. 2010). This imagery is untested.',
  },
  {
    id: 'humming',
    title: 'Humming on the out-breath',
    approach: 'co-regulation',
    durationSeconds: 90,
    summary: 'A soft hum on each long out-breath, at whatever volume suits you.',
    kind: 'breathing',
    breathing: { inhale: 3, holdIn: 0, exhale: 6, holdOut: 0 },
    steps: [
      { text: 'You can stop at any moment, and you can hum as quietly as you like.', seconds: 8 },
      {
        text: 'If you like, breathe in through your nose, then hum softly on the long out-breath. Any note will do.',
        seconds: 10,
      },
      {
        text: 'You could follow the guide, humming on each out-breath. Perhaps notice the buzz in your chest, lips or face.',
        seconds: 62,
      },
      { text: 'You can let the humming fade and listen to the quiet for a moment.', seconds: 10 },
    ],
    tags: { eyesOpen: true, breathFocus: true, touch: false },
    caution:
      'Stop if you feel light-headed. If humming feels awkward around others, a silent long out-breath or quiet music works too.',
    alternative: 'Play a song you find calming and sway or tap your foot along, with no attention on your breathing.',
    source:
      'Humming with a slow out-breath, used in polyvagal-informed and co-regulation practice (Porges 2011; Dana 2018); the voice is one way people soothe each other.',
    evidence:
      'Mostly theory; small lab studies link slow breathing and humming with higher heart-rate variability. Not tested in trauma survivors.',
  },
];

/** The exercise "I need a moment" starts when the person has not chosen a favourite: eyes open, no breath focus. */
export const DEFAULT_EXERCISE_ID = 'orienting';

const BY_ID = new Map(EXERCISES.map((exercise) => [exercise.id, exercise]));

/** Looks up an exercise by its stable id. */
export function findExercise(id: string): Exercise | undefined {
  return BY_ID.get(id);
}
