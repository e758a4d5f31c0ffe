/** An error whose message is meant for the person at the terminal, without a stack trace. */
export class CliError extends Error {}
