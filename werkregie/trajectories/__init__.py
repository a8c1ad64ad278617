"""Activation trajectories (C3): trajectories, binding agreements and their steps, evidence, special routes."""
