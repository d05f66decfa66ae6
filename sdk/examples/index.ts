/** Every example, registered by importing the files that hold them. */
import './time.examples.js';
import './case.examples.js';
import './identifiers.examples.js';
import './data.examples.js';
import './engine.examples.js';
import './upload.examples.js';

export { EXAMPLES } from './example.js';
