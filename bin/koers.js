#!/usr/bin/env node
import '../dist/koers.js';
