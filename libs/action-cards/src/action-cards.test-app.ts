import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CommandHandlingModule } from '@vigil/command-handling';
import { CLOCK, Clock, EVENT_STORE, EventStore } from '@vigil/event-store';
import { DataSource } from 'typeorm';
import { ActionCardsCommandsModule } from './action-cards-commands.module';

@Module({})
class ActionCardsTestInfrastructure {}

@Module({})
class ActionCardsTestApp {}

/** For integration specs: the context's handlers on a CommandBus over this store, database and clock, as the worker wires them. */
export function actionCardCommandsOn(store: EventStore, dataSource: DataSource, clock: Clock): Promise<INestApplicationContext> {
  const infrastructure = {
    module: ActionCardsTestInfrastructure,
    global: true,
    providers: [
      { provide: EVENT_STORE, useValue: store },
      { provide: CLOCK, useValue: clock },
      { provide: DataSource, useValue: dataSource },
    ],
    exports: [EVENT_STORE, CLOCK, DataSource],
  };
  return NestFactory.createApplicationContext(
    { module: ActionCardsTestApp, imports: [infrastructure, CommandHandlingModule, ActionCardsCommandsModule] },
    { logger: false },
  );
}
