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
    title: 'Looking around',
    approach: 'somatic-experiencing',
    durationSeconds: 60,
    summary: 'A slow look at what is around you, at your own pace.',
    kind: 'steps',
    steps: [
      { text: 'You can stop whenever you like. Nothing here has to go well.', seconds: 8 },
      { text: 'If it feels okay, you might let your eyes wander around you, wherever you are. There is no hurry.', seconds: 15 },
      { text: 'You might turn your head slowly toward whatever catches your eye, or let only your eyes move.', seconds: 12 },
      { text: 'Perhaps name three things you can see, silently or out loud.', seconds: 15 },
      { text: 'You are here, right now. You might let that sink in.', seconds: 10 },
    ],
    tags: { eyesOpen: true, breathFocus: false, touch: false },
    caution: 'If looking around makes you feel more on alert, your eyes can rest on one calm thing instead.',
    alternative: 'You could listen instead, and name three sounds you can hear, some near and some far away.',
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
      { text: 'Then perhaps four things you can feel, like your sleeve, what you are resting on, or the air on your face.', seconds: 25 },
      { text: 'Three things you can hear, if you like. Quiet sounds count too.', seconds: 22 },
      { text: 'Two things you can smell, or two smells you enjoy.', seconds: 20 },
      { text: 'One thing you can taste, or one kind word for yourself.', seconds: 20 },
    ],
    tags: { eyesOpen: true, breathFocus: false, touch: false },
    caution: 'If a sense brings up something unpleasant, you can move on to the next one, or stay with sight and sound.',
    alternative: 'You could keep to two parts only: things you can see and things you can hear.',
    source:
      'A widely used grounding skill (e.g. Najavits, Seeking Safety, 2002); its outward focus is close to orienting in Somatic Experiencing.',
    evidence: 'Common in trauma care; no trial of this exercise on its own.',
  },
  {
    id: 'pendulation',
    title: 'Between okay and tense',
    approach: 'somatic-experiencing',
    durationSeconds: 150,
    summary: 'Resting on something that feels okay, and visiting a little tension only if you choose.',
    kind: 'steps',
    steps: [
      { text: 'You are in charge here. You can stop, or stay with the easy part, at any time. Your eyes can stay open.', seconds: 10 },
      {
        text: 'If you like, you might look for a part of your body that feels okay or neutral. Hands, feet or earlobes often work.',
        seconds: 20,
      },
      {
        text: 'If no part feels okay today, that is common. Something outside you works too: a cup in your hand, a plant, the floor.',
        seconds: 15,
      },
      { text: 'You might stay there for a while. Is it warm, cool, still, heavy?', seconds: 25 },
      { text: 'Only if it feels manageable, you could notice a spot with a little tension. A mild one.', seconds: 15 },
      { text: 'You could visit it briefly with your attention, then return to the okay place.', seconds: 20 },
      { text: 'If the tension grows, you can leave it straight away and go back to the okay place, or look around you.', seconds: 10 },
      { text: 'Perhaps move back and forth once or twice, at your own pace.', seconds: 20 },
      { text: 'You might finish on the okay place, then let your eyes take in what is around you again.', seconds: 15 },
    ],
    tags: { eyesOpen: false, breathFocus: false, touch: false },
    caution:
      'This stays with mild sensations only, never memories. With numbness or pain, an object you can see or hold can be the okay place. If something feels big, you can stop and look around you.',
    alternative: 'You could do it with your eyes: look at something you like, then at something plain, then back to what you like.',
    source: 'Pendulation, a core Somatic Experiencing technique (Peter Levine 1997; Payne, Levine & Crane-Godreau 2015).',
    evidence: 'Central to SE; evidence for SE is preliminary and mixed in quality (Kuhfuß et al. 2021 review).',
  },

  // ── Sensorimotor Psychotherapy ──────────────────────────────────────────
  {
    id: 'feet-and-hands',
    title: 'Feet on the floor',
    approach: 'sensorimotor',
    durationSeconds: 60,
    summary: 'A moment of feeling what holds you up, wherever you are.',
    kind: 'steps',
    steps: [
      { text: 'If at any moment you want to stop, that is completely fine.', seconds: 6 },
      {
        text: 'You might let your feet rest flat on the floor, if that is comfortable. Sitting, standing or lying down all work.',
        seconds: 10,
      },
      { text: 'You could press your heels down gently, then let go. The floor pushes back.', seconds: 14 },
      {
        text: 'If you like, your palms could press onto something solid for a moment, like a table, a wall or your legs, then release.',
        seconds: 14,
      },
      { text: 'Perhaps notice what is holding you up right now: the floor, a seat, a bed, the ground below.', seconds: 16 },
    ],
    tags: { eyesOpen: true, breathFocus: false, touch: false },
    caution:
      'Pressing lightly is enough. If it feels like effort or strain, your feet can simply rest. If your feet are hard to feel or to reach, your hands can do it all.',
    alternative: 'You could hold something with a clear texture, like a key or a smooth stone, and feel its weight and edges.',
    source:
      'Grounding in Sensorimotor Psychotherapy (Pat Ogden; Ogden, Minton & Pain 2006), also used in Seeking Safety (Najavits 2002).',
    evidence: 'Widely used clinical grounding skill; no trial of this exercise alone.',
  },
  {
    id: 'wall-push',
    title: 'Pushing against a wall',
    approach: 'sensorimotor',
    durationSeconds: 60,
    summary: 'A gentle push against something solid, to feel your own strength.',
    kind: 'steps',
    steps: [
      { text: 'You can leave this at any point. Going only as far as feels good is plenty.', seconds: 6 },
      {
        text: 'If there is a wall nearby, you might face it, standing or sitting, about an arm’s length away. A sturdy table works too.',
        seconds: 10,
      },
      { text: 'You could place your palms on it and push slowly, using only part of your strength.', seconds: 16 },
      { text: 'Perhaps notice your arms, shoulders and back working together.', seconds: 14 },
      { text: 'You might ease off slowly and push once or twice more, and then your arms can rest.', seconds: 14 },
    ],
    tags: { eyesOpen: true, breathFocus: false, touch: false },
    caution:
      'This one is best skipped if it strains your wrists, shoulders or back. Pushing can stir strong feelings for some people; gentle is enough.',
    alternative: 'Wherever you are, you could press your hands together, or your feet into the floor, for a few seconds.',
    source:
      'A pushing action from Sensorimotor Psychotherapy (Ogden, Minton & Pain 2006; Ogden & Fisher 2015), used to build a felt sense of strength and boundaries.',
    evidence: 'Based on clinical practice and theory; no trial of this exercise alone.',
  },
  {
    id: 'alignment',
    title: 'Lengthen and settle',
    approach: 'sensorimotor',
    durationSeconds: 90,
    summary: 'A posture that feels a little more upright and steady, found your way.',
    kind: 'steps',
    steps: [
      { text: 'Feel free to stop at any time, or simply read along.', seconds: 6 },
      { text: 'If you like, you might notice how you are sitting, standing or lying. No need to change anything yet.', seconds: 14 },
      { text: 'You might let your spine lengthen a little, as if your head were floating upward.', seconds: 16 },
      { text: 'Perhaps let your shoulders settle, only as much as feels comfortable.', seconds: 16 },
      { text: 'You could sense the middle of your body, from the base of your spine up to the top of your head.', seconds: 18 },
      { text: 'From here, you might look around. Does anything feel different? Any small change counts.', seconds: 20 },
    ],
    tags: { eyesOpen: true, breathFocus: false, touch: false },
    caution: 'If sitting tall feels exposed, a curled or relaxed shape is fine too. Somewhere in between also works.',
    alternative: 'You could lean back, let whatever you are resting on take your weight, and look at something near you.',
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
      { text: 'Your gaze can stay soft on one spot, or wander around you.', seconds: 14 },
      { text: 'When you are ready, you might let the posture go in whatever way feels right.', seconds: 14 },
    ],
    tags: { eyesOpen: true, breathFocus: false, touch: false },
    caution: 'Any version counts as the whole thing. If anything hurts or feels tight, you can move or stop.',
    alternative: 'You could stay in whatever position you are in and find one place where your body is supported.',
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
      { text: 'Every movement here is optional, and stopping is always fine.', seconds: 8 },
      { text: 'If you like, you could lift your shoulders a little toward your ears, then let them drop.', seconds: 16 },
      { text: 'You might roll your shoulders slowly, forward or back, whichever you prefer.', seconds: 16 },
      {
        text: 'If your neck feels comfortable today, you could tip your head gently toward one shoulder, then the other. Small is plenty.',
        seconds: 16,
      },
      { text: 'If your neck is sore or injured, your eyes can do the moving: slowly to one side, then the other.', seconds: 16 },
      { text: 'How do your neck and shoulders feel now? Any difference is fine, and so is none.', seconds: 18 },
    ],
    tags: { eyesOpen: true, breathFocus: false, touch: false },
    caution:
      'Small, slow movements are plenty. Any that cause pain, dizziness or strain can be left out, and after a neck injury the head movements are best skipped.',
    alternative: 'You could wiggle your fingers and toes, or open and close your hands, while you look around you.',
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
        text: 'If it feels okay, you could follow the guide: a gentle in-breath, then a slightly longer out-breath. No holding.',
        seconds: 70,
      },
      { text: 'You can let your breath return to its own rhythm. How do you feel now?', seconds: 10 },
    ],
    tags: { eyesOpen: true, breathFocus: true, touch: false },
    caution:
      'If you feel dizzy or light-headed, you can stop and breathe your own way. Paying attention to the breath makes some people more tense; if so, an eyes-open exercise may suit you better.',
    alternative: 'You could look around and name three things you can see, and let your breath do whatever it does.',
    source:
      'Slow breathing with a longer out-breath, offered as a choice in trauma-sensitive yoga (Emerson & Hopper 2011); related to the cyclic sighing studied by Balban et al. (2023).',
    evidence:
      'Balban et al. 2023 (RCT, 108 healthy adults): 5 minutes a day of cyclic sighing (two in-breaths, then one long out-breath) for a month lifted positive mood a little more than mindfulness did; anxiety eased in all groups alike. This simpler rhythm, and trauma survivors, were not studied.',
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
      { text: 'You could tap slowly, left then right, like the wings of a resting butterfly.', seconds: 16 },
      { text: 'Your eyes can stay on what is around you, or on something pleasant nearby.', seconds: 10 },
      { text: 'If something hard comes up, you can stop tapping, look around you and feel your feet on the floor.', seconds: 8 },
      { text: 'When you are ready, your hands can rest. How do you feel?', seconds: 10 },
    ],
    tags: { eyesOpen: true, breathFocus: false, touch: true },
    caution:
      'This is for the present moment or pleasant things only, never hard memories. Slow and short is best. If something hard comes up, stopping and looking around you is the way back.',
    alternative: 'You could tap your feet slowly on the floor, left then right, while you look around you.',
    source: 'The butterfly hug, created by Lucina Artigas in 1998 and used in EMDR therapy (Jarero & Artigas 2021).',
    evidence: 'Used in EMDR practice and group work; little research on it as a stand-alone calming skill.',
  },
  {
    id: 'container',
    title: 'A container for now',
    approach: 'emdr-resourcing',
    durationSeconds: 90,
    summary: 'Setting what is weighing on you aside for a while, in a container you imagine.',
    kind: 'steps',
    steps: [
      { text: 'You can set this down at any time. It is meant to lighten things, not to push. Your eyes can stay open.', seconds: 8 },
      {
        text: 'You might picture a sturdy container, like a box, a jar or a chest. Whatever you like.',
        seconds: 18,
      },
      {
        text: 'If it feels right, you could put what is bothering you inside. You do not need to name it or look at it.',
        seconds: 20,
      },
      { text: 'You could close it in whatever way feels right to you, perhaps with a lid that fits well.', seconds: 16 },
      { text: 'Perhaps choose where it waits for now: a shelf, a cupboard, somewhere out of the way.', seconds: 14 },
      { text: 'You can come back to it later, when you choose, and with support if you want it.', seconds: 14 },
    ],
    tags: { eyesOpen: false, breathFocus: false, touch: false },
    caution:
      'This is a pause, not a way to make feelings disappear. If imagining is hard, a drawing or a real box can help.',
    alternative: 'You could write a word or a mark for what is bothering you on paper, fold it, and put it in a drawer for now.',
    source: 'The container, a resource from the preparation phase of EMDR therapy (Shapiro 2018).',
    evidence: 'Common in EMDR preparation; no trial of it on its own.',
  },
  {
    id: 'calm-place',
    title: 'A calm place',
    approach: 'emdr-resourcing',
    durationSeconds: 120,
    summary: 'A visit to a place, real or imagined, where you feel at ease.',
    kind: 'steps',
    steps: [
      { text: 'Feel free to stop at any moment. Your eyes can stay open the whole time.', seconds: 8 },
      {
        text: 'You might bring to mind a place where you feel calm or at ease. Real or imagined, indoors or out.',
        seconds: 22,
      },
      { text: 'If a place brings up anything hard, you could choose another, or stay with where you are.', seconds: 12 },
      { text: 'What might you see there? Colours, light, shapes.', seconds: 20 },
      { text: 'What might you hear, or feel on your skin? Perhaps air, sun or a soft blanket.', seconds: 22 },
      { text: 'You could give the place a word, like “shore” or “window”, to find it again.', seconds: 18 },
      { text: 'When you are ready, the place can fade, and you might look around where you are.', seconds: 18 },
    ],
    tags: { eyesOpen: false, breathFocus: false, touch: false },
    caution:
      'A place with no hard memories in it works best. If nothing feels calm, an ordinary place works too, or you can skip this one.',
    alternative: 'You could look at a picture of a peaceful place, or out of a window, and take in its details.',
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
      { text: 'You might gently let yourself notice: this is a hard moment.', seconds: 20 },
      { text: 'Perhaps remember that hard moments are part of being human. Many people feel something like this.', seconds: 20 },
      {
        text: 'If it feels okay, you could offer yourself a kind phrase: “I can go easy on myself,” or words of your own.',
        seconds: 24,
      },
      { text: 'The words can land however they land. Even a little kindness counts.', seconds: 20 },
    ],
    tags: { eyesOpen: true, breathFocus: false, touch: false },
    caution: 'Kindness can sometimes stir up sadness or grief. That makes sense, and stopping is fine.',
    alternative: 'You could think of what you would say to a friend in your place, write it down, and read it back to yourself.',
    source:
      'Adapted from Kristin Neff’s self-compassion break (Neff 2003; Neff & Germer 2013), a close relative of compassion-focused therapy.',
    evidence:
      'A meta-analysis of 27 RCTs found moderate effects of self-compassion programmes, which run for weeks, on stress, depression and anxiety (Ferrari et al. 2019); this short version on its own is untested.',
  },
  {
    id: 'supportive-touch',
    title: 'A comforting hand',
    approach: 'compassion-focused',
    durationSeconds: 60,
    summary: 'A hand resting somewhere comforting, if touch feels okay today.',
    kind: 'steps',
    steps: [
      { text: 'Touch is optional here, and so is finishing. You can stop at any point.', seconds: 6 },
      {
        text: 'If it feels okay, you might rest a hand on your upper arm or your cheek. The chest is another choice, if that feels easy.',
        seconds: 14,
      },
      { text: 'Perhaps notice the warmth and gentle pressure of your hand.', seconds: 16 },
      { text: 'You can breathe however you like. There is nothing else to do.', seconds: 12 },
      { text: 'When you are ready, your hand can go back to resting.', seconds: 12 },
    ],
    tags: { eyesOpen: true, breathFocus: false, touch: true },
    caution:
      'Touch can bring back memories for some people, and feeling a heartbeat under a hand can bring on panic; that is why the arm and cheek come first. A warm mug or a soft fabric works just as well.',
    alternative: 'You could hold a warm drink or a soft piece of fabric and notice its warmth and texture.',
    source: 'Supportive touch from self-compassion practice (Neff & Germer 2013), studied by Dreisoerner et al. (2021).',
    evidence:
      'RCT (n=159): a brief hand-on-heart or hug lowered the cortisol response to stress, though self-reported stress did not change (Dreisoerner et al. 2021).',
  },
  {
    id: 'compassionate-other',
    title: 'Someone on your side',
    approach: 'compassion-focused',
    durationSeconds: 150,
    summary: 'A kind presence, imagined, that is fully on your side.',
    kind: 'steps',
    steps: [
      { text: 'You can stop at any time, and your eyes can stay open. There is no right way to picture this.', seconds: 10 },
      {
        text: 'If you like, you might imagine a presence that is on your side. A person, an animal, a tree, a light or a place.',
        seconds: 20,
      },
      {
        text: 'If someone who hurt you comes to mind, you can let them go and choose something else, like an animal or a light, or stop here.',
        seconds: 15,
      },
      { text: 'You might imagine it as wise, steady and warm: wishing you well, and not put off by how you feel.', seconds: 20 },
      { text: 'Perhaps imagine how it sounds or moves: calm, unhurried, kind.', seconds: 25 },
      { text: 'What might it say to you right now? Perhaps something simple and supportive.', seconds: 30 },
      { text: 'When you are ready, the image can fade, and you might look around you.', seconds: 20 },
    ],
    tags: { eyesOpen: false, breathFocus: false, touch: false },
    caution:
      'Kindness can feel unfamiliar or even uncomfortable at first; that is common. A non-human figure may feel easier than a person, and you can change the figure at any moment.',
    alternative: 'You could read a kind message someone once sent you, or write the one you would like to receive.',
    source: 'Compassionate other imagery from compassion-focused therapy (Paul Gilbert; Gilbert 2010).',
    evidence:
      'CFT reviews are favourable but call for more trials (Leaviss & Uttley 2015); fear of compassion is common and worth going slowly with (Gilbert et al. 2011).',
  },
  {
    id: 'soothing-rhythm',
    title: 'Soothing rhythm breathing',
    approach: 'compassion-focused',
    durationSeconds: 120,
    summary: 'A slow, comfortable breathing rhythm, with a softer face if you like.',
    kind: 'breathing',
    breathing: { inhale: 5, holdIn: 0, exhale: 6, holdOut: 0 },
    steps: [
      { text: 'Your breath, your pace. You can stop, or set the guide aside, whenever you like.', seconds: 10 },
      {
        text: 'If you like, you might find a position that feels steady. Your face can soften too; a small, friendly expression is optional.',
        seconds: 15,
      },
      { text: 'You could follow the guide: a slow, comfortable rhythm, with no holding.', seconds: 80 },
      { text: 'You can let the guide go now. Does anything feel a little steadier?', seconds: 15 },
    ],
    tags: { eyesOpen: true, breathFocus: true, touch: false },
    caution:
      'The breath never needs forcing. If slowing down feels uncomfortable, you can breathe normally and let the guide go. The friendly expression is optional; if it feels false, a relaxed face is plenty.',
    alternative: 'You could rest your eyes on something calming, let your breath be as it is, and let your shoulders soften.',
    source: 'Soothing rhythm breathing from compassion-focused therapy (Paul Gilbert; Gilbert 2010).',
    evidence: 'CFT reviews are favourable but early (Leaviss & Uttley 2015); this part on its own has not been tested.',
  },

  // ── Co-regulation ───────────────────────────────────────────────────────
  {
    id: 'connection-reminder',
    title: 'A reminder of connection',
    approach: 'co-regulation',
    durationSeconds: 60,
    summary: 'Something near you that brings to mind a safe person, pet or place.',
    kind: 'steps',
    steps: [
      { text: 'You can stop whenever you want. This is only an invitation.', seconds: 6 },
      {
        text: 'You might look for something near you that reminds you of a safe person, pet or place. A photo, a gift, a message.',
        seconds: 14,
      },
      {
        text: 'If you feel alone right now, that makes sense, and it is not your fault. A place, an animal, a song or a book you love counts too.',
        seconds: 14,
      },
      { text: 'There is no hurry. What do you notice about it?', seconds: 14 },
      { text: 'Perhaps let yourself remember that connection is possible, even when it feels far away.', seconds: 12 },
    ],
    tags: { eyesOpen: true, breathFocus: false, touch: false },
    caution:
      'If a reminder brings mixed feelings, a neutral object, like a plant or a favourite mug, is fine. Feeling alone is common, and it says nothing bad about you.',
    alternative: 'You could look at a friendly object near you, like a plant or a favourite cup, and take in its details.',
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
    summary: 'The remembered voice of someone who helps you feel safe.',
    kind: 'steps',
    steps: [
      { text: 'Whenever you want to stop, you can. Your eyes can stay open if you prefer.', seconds: 8 },
      {
        text: 'If it feels okay, you might bring to mind someone whose voice feels safe: a friend, a relative, a teacher, a favourite radio host.',
        seconds: 18,
      },
      { text: 'You might imagine them saying your name in their usual, easy way.', seconds: 16 },
      { text: 'What might they say right now? Perhaps something simple: “I’m here.” “Take your time.”', seconds: 20 },
      { text: 'If you like, notice how that tone feels, even from memory.', seconds: 14 },
      { text: 'You could reach out to them later, if and when you want to. That is up to you.', seconds: 14 },
    ],
    tags: { eyesOpen: false, breathFocus: false, touch: false },
    caution:
      'If you hear voices that others do not, imagining one may not feel good; a recording or a written message may be gentler, or you can skip this one. If no one comes to mind, a kind voice from a book, film or song works too.',
    alternative: 'You could listen to a recording of a calm voice you like, or reread a message from someone who cares about you.',
    source:
      'Co-regulation and attachment (Bowlby; Porges 2011): calling up a safe person’s voice as an inner resource.',
    evidence:
      'Mostly theory. In one lab study, 61 girls aged 7 to 12 who talked with their mother by phone after a stress task recovered about as well as those comforted in person (Seltzer et al. 2010). That was a real voice, not an imagined one; this imagery is untested.',
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
        text: 'If you like, you might breathe in through your nose or your mouth, whichever is easier, then hum softly as you breathe out.',
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
      'If you feel light-headed, you can stop and breathe your own way. If humming feels awkward around others, a silent long out-breath or quiet music works too.',
    alternative: 'You could put on a song you find calming and sway or tap along, with no attention on your breathing.',
    source:
      'Humming with a slow out-breath, used in polyvagal-informed practice (Porges 2011; Dana 2018); the polyvagal theory behind it is disputed by many physiologists (Grossman 2023).',
    evidence:
      'Little evidence: humming raises nitric oxide in the nose (Weitzberg & Lundberg 2002), and one small study linked it with higher heart-rate variability (Trivedi et al. 2023). Not tested in trauma survivors.',
  },
];

/** The exercise "I need a moment" starts when the person has not chosen a favourite: eyes open, no breath focus. */
export const DEFAULT_EXERCISE_ID = 'orienting';

const BY_ID = new Map(EXERCISES.map((exercise) => [exercise.id, exercise]));

/** Looks up an exercise by its stable id. */
export function findExercise(id: string): Exercise | undefined {
  return BY_ID.get(id);
}
