import { describeHousehold, family } from './support/household-wizard';

describeHousehold('a couple with two children (2025)', family);
