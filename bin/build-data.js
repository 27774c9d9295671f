#!/usr/bin/env node
// Part of `npm run build`: writes dist/gazetteer.tsv, the gazetteer prebuilt from its source
// packages, so that threads need not build it themselves (see src/recognizer/gazetteer-data.ts).
import { writeGazetteerData } from '../dist/src/recognizer/gazetteer-data.js';
import { sourceEntries } from '../dist/src/recognizer/gazetteer.js';

writeGazetteerData(sourceEntries());
