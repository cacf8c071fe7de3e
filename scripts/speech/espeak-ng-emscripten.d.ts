/** The part of @echogarden/espeak-ng-emscripten (no typings of its own) that speech-engine.ts uses. */
declare module '@echogarden/espeak-ng-emscripten' {
  export interface ESpeakEvent {
    type: 'word' | 'sentence' | 'end' | 'msg_terminated' | 'mark' | 'play' | 'phoneme' | 'samplerate' | 'list_terminated';
    /** Milliseconds from the start of this synthesis. */
    audio_position: number;
    text_position: number;
  }
  export interface ESpeakWorker {
    readonly samplerate: number;
    /** 0 when the voice was set; non-zero when it is unknown (and the previous voice stays). */
    set_voice(name: string): number;
    set_rate(wordsPerMinute: number): void;
    get_rate(): number;
    /** Calls back with chunks of 16-bit samples; return 0 to go on. */
    synthesize(text: string, callback: (samples: Int16Array, events: ESpeakEvent[]) => number): void;
  }
  interface ESpeakModule {
    eSpeakNGWorker: new () => ESpeakWorker;
  }
  const createModule: () => Promise<ESpeakModule>;
  export default createModule;
}
