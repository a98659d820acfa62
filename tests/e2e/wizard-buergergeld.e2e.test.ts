import { describeHousehold, buergergeld } from './support/household-wizard';

describeHousehold('a Bürgergeld household (2026)', buergergeld);
