import { describeHousehold, pensioner } from './support/household-wizard';

describeHousehold('a single pensioner (2026, on a 360 × 740 phone screen)', pensioner);
