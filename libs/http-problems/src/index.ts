export * from './problem-details';
export * from './problem-mapper';
export * from './problem.filter';
export * from './validation-problem';
export * from './localize-problem';
export * from './reader.decorator';
