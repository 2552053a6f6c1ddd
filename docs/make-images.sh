#!/bin/sh
# Regenerates the screenshots under docs/images with the app's own screenshot command.
# Run from the repository root with the project's virtual environment active.
set -e
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python main.py screenshot resources/examples/circle.nsnet --out docs/images/editor.png
python main.py train resources/examples/circle.nsnet --epochs 150 --quiet --out "$tmp/circle.nsnet"
python main.py screenshot "$tmp/circle.nsnet" --out docs/images/trained-circle.png
python main.py train resources/examples/spiral.nsnet --epochs 60 --quiet --out "$tmp/spiral.nsnet"
python main.py screenshot "$tmp/spiral.nsnet" --out docs/images/mid-training-spiral.png
python main.py record resources/lessons/02_coffee_roasting.nsnet --epochs 300 --frames 30 --view map --quiet --out docs/images/coffee-map.gif
python docs/live_shots.py docs/images
python docs/feature_shots.py docs/images
python docs/lesson_shots.py docs/images/lessons
python docs/challenge_shots.py docs/images/lessons
