// @s3-inventory/model/testing: fast-check arbitraries and recorded examples for property tests of code
// that handles inventory configurations. A separate entry point, so that `@s3-inventory/model` itself
// never loads fast-check (an optional peer dependency, needed only by this entry).

export {
  destinationBucketArnArbitrary,
  enumValueArbitrary,
  type InventoryConfigurationArbitraryOptions,
  inventoryConfigurationArbitrary,
  inventoryIdArbitrary,
  roundTripTextArbitrary,
  validInventoryConfigurationArbitrary,
  validInventoryIdArbitrary,
  xmlTextArbitrary,
} from "./inventory-arbitraries.js";
export { RECORDED_PUT_BODY, RECORDED_PUT_CONFIGURATION } from "./recorded-examples.js";
export { SEED_EXAMPLE_1, SEED_EXAMPLE_2, type SeedExample } from "./seed-examples.js";
