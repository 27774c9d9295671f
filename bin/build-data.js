#!/usr/bin/env node
// Part of `npm run build`: writes the data files prebuilt from their source packages to dist/
// (the gazetteer, the English word sets), so that threads need not derive them (see src/recognizer/prebuilt-data.ts).
import { writeEnglishWordsData } from '../dist/src/recognizer/english-words.js';
import { writeGazetteerData } from '../dist/src/recognizer/gazetteer-data.js';
import { sourceEntries } from '../dist/src/recognizer/gazetteer.js';

writeGazetteerData(sourceEntries());
writeEnglishWordsData();
