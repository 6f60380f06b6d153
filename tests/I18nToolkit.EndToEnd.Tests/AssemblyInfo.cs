using Xunit;

// The end-to-end tests build projects that share the repository's projects (and their bin/obj folders);
// two builds of one project at once would race, so these tests run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
