"""Messages to citizens with legal proof (C11): one outbox, channels behind gateways, a task runner, evidence bundles."""
