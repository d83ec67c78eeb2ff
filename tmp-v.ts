import { wrongCounts } from './src/quiz/frames/votes'
console.log(wrongCounts({ text: '5-2', start: 0, sides: [5, 2], joiner: '-', evidence: { text: '', start: 0, end: 0 } }, 3))
